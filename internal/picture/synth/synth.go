// Package synth draws made-up photographs: a sky, a sun, hills and a
// sea with grain, the same pixels for the same size and seed. Tests of
// package picture resize them, and the example site's photos are made
// from them, so no photo of anyone's is needed.
package synth

import (
	"image"
	"image/color"
	"math"
)

// Scene returns a w×h picture drawn from seed, with grain.
func Scene(w, h int, seed uint32) *image.RGBA { return scene(w, h, seed, 9) }

// Flat returns Scene's picture without grain: an illustration, which PNG
// keeps small.
func Flat(w, h int, seed uint32) *image.RGBA { return scene(w, h, seed, 1) }

// scene draws the picture with grain of the given number of levels.
func scene(w, h int, seed uint32, grain uint32) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	rnd := seed*2654435761 + 1
	next := func() uint32 { // xorshift: grain that looks like a sensor's
		rnd ^= rnd << 13
		rnd ^= rnd >> 17
		rnd ^= rnd << 5
		return rnd
	}
	hue := float64(seed%7) / 7
	sunX, sunY, sunR := float64(w)*(0.2+0.6*hue), float64(h)*0.3, float64(min(w, h))*0.08
	horizon := float64(h) * (0.55 + 0.1*hue)
	for y := range h {
		for x := range w {
			fx, fy := float64(x), float64(y)
			var r, g, b float64
			hill := horizon - float64(h)*0.12*(1+math.Sin(fx/float64(w)*math.Pi*(2+3*hue)+hue*6))/2
			switch {
			case math.Hypot(fx-sunX, fy-sunY) < sunR:
				r, g, b = 255, 226, 150
			case fy < hill:
				t := fy / hill
				r, g, b = 90+120*t, 140+80*t, 220-30*t
			case fy < horizon:
				r, g, b = 60+40*hue, 110-20*hue, 60
			default:
				t := (fy - horizon) / (float64(h) - horizon)
				r, g, b = 30+20*t, 80+40*t+20*math.Floor(math.Sin(fx/9+fy/3)*2)/2, 130+40*t
			}
			n := float64(next()%grain) - float64(grain/2)
			img.SetRGBA(x, y, color.RGBA{clamp(r + n), clamp(g + n), clamp(b + n), 255})
		}
	}
	return img
}

func clamp(v float64) uint8 {
	return uint8(max(0, min(255, v)))
}
