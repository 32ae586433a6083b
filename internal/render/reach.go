package render

import (
	"html/template"
	"text/template/parse"

	"broadsheet/internal/site"
)

// reachesOthers reports whether the templates of set t may show, on a
// page of kind k, articles beyond those the page's own data names (see
// Reads): for an article page or the 404 page, any use of a field that
// holds a list of articles or digests, or a neighbour's neighbour; for
// the index of a taxonomy, the archive and an alias, any such list. Such
// a page is then keyed as if it read a site-wide list. List pages, whose
// own data is a list of articles, are not examined.
func reachesOthers(t *template.Template, k site.Kind) bool {
	switch k {
	case site.KindArticle, site.KindNotFound:
	case site.KindTaxonomy, site.KindArchive, site.KindAlias:
		// Their keys cover names, counts and addresses, not the fields
		// of the articles behind them.
	default:
		return false
	}
	for _, tmpl := range t.Templates() {
		if tmpl.Tree != nil && treeReaches(tmpl.Tree.Root) {
			return true
		}
	}
	return false
}

// listFields hold lists from which other articles can be reached.
var listFields = map[string]bool{"Articles": true, "Digests": true, "Pages": true, "Outlets": true}

// hops lead from an article or digest to its neighbours.
var hops = map[string]bool{"Prev": true, "Next": true}

// treeReaches walks a template's parse tree for a field of listFields,
// a chain of two hops (.Prev.Next, .Digest.Prev), or a hop taken from
// dot, whose value a with or range may have made a neighbour already.
func treeReaches(n parse.Node) bool {
	found := false
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		if found || n == nil {
			return
		}
		switch n := n.(type) {
		case *parse.FieldNode:
			found = identsReach(n.Ident, true)
		case *parse.VariableNode:
			found = identsReach(n.Ident[1:], false)
		case *parse.ChainNode:
			found = identsReach(n.Field, false)
			walk(n.Node)
		case *parse.ListNode:
			for _, c := range n.Nodes {
				walk(c)
			}
		case *parse.ActionNode:
			walk(n.Pipe)
		case *parse.PipeNode:
			for _, c := range n.Cmds {
				walk(c)
			}
		case *parse.CommandNode:
			for _, c := range n.Args {
				walk(c)
			}
		case *parse.IfNode:
			walkBranch(&n.BranchNode, walk)
		case *parse.RangeNode:
			walkBranch(&n.BranchNode, walk)
		case *parse.WithNode:
			walkBranch(&n.BranchNode, walk)
		case *parse.TemplateNode:
			walk(n.Pipe)
		}
	}
	walk(n)
	return found
}

// walkBranch walks the parts of an if, range or with.
func walkBranch(b *parse.BranchNode, walk func(parse.Node)) {
	walk(b.Pipe)
	walk(b.List)
	if b.ElseList != nil {
		walk(b.ElseList)
	}
}

// identsReach checks one chain of field names; fromDot says the chain
// starts at dot.
func identsReach(idents []string, fromDot bool) bool {
	for i, id := range idents {
		if listFields[id] {
			return true
		}
		if hops[id] && (i == 0 && fromDot || i > 0 && (hops[idents[i-1]] || idents[i-1] == "Digest")) {
			return true
		}
	}
	return false
}
