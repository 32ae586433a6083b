//go:build !unix

package sitefs

// nonBlock is not needed where there are no FIFOs to block on.
const nonBlock = 0
