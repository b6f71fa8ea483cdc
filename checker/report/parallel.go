package report

import (
	"runtime"
	"sync"
	"sync/atomic"

	"factcheck/checker/claim"
)

// claimChunk is the number of claims one worker renders at a time.
const claimChunk = 256

// renderer renders the claims of a report in parallel and hands the rendered chunks back
// in order. A report of a large corpus holds tens of thousands of claims; rendering them is
// most of the cost of writing it, and each claim renders independently. At most window
// chunks are held at once, so memory stays bounded whatever the size of the report.
type renderer struct {
	chunks []renderChunk
	// published are the articles' publication dates, by claim.Claim.Article.
	published []string
	next      atomic.Int64
	slots     chan struct{} // one per chunk rendered and not yet written
	taken     int           // chunks written so far
	free      chan []byte   // buffers of written chunks, for reuse
	wg        sync.WaitGroup
}

// renderChunk is one run of claims of one list (a finding's claims, or the claim dump).
type renderChunk struct {
	claims []*claim.Claim
	indent string
	first  bool // the chunk starts its list: no comma before its first claim
	out    []byte
	done   chan struct{}
	// touched is what touch read: unused, but a result the compiler cannot drop.
	touched byte
}

// newRenderer starts rendering lists, each a run of claims with its indentation. Chunks
// come back through take, in the order of lists and of claims within them.
func newRenderer(lists [][]*claim.Claim, published []string, indent string) *renderer {
	r := &renderer{published: published}
	for _, l := range lists {
		for lo := 0; lo < len(l); lo += claimChunk {
			r.chunks = append(r.chunks, renderChunk{claims: l[lo:min(lo+claimChunk, len(l))], indent: indent, first: lo == 0, done: make(chan struct{})})
		}
	}
	workers := runtime.GOMAXPROCS(0)
	r.slots = make(chan struct{}, 2*workers)
	r.free = make(chan []byte, 2*workers)
	for range min(workers, len(r.chunks)) {
		r.wg.Go(r.work)
	}
	return r
}

func (r *renderer) work() {
	for {
		r.slots <- struct{}{}
		i := int(r.next.Add(1) - 1)
		if i >= len(r.chunks) {
			return // the slot stays taken; stop drains it
		}
		c := &r.chunks[i]
		var b []byte
		select {
		case b = <-r.free:
		default:
		}
		// A claim renders to about 600 bytes: a buffer that would grow by doubling as it
		// fills is allocated at its likely size instead (every byte of a fresh allocation
		// costs a page fault to touch).
		if want := len(c.claims) * 640; cap(b) < want {
			b = make([]byte, 0, want)
		}
		c.touched = touch(c.claims)
		for k := range c.claims {
			if k > 0 || !c.first {
				b = append(b, ',')
			}
			b = append(b, '\n')
			b = append(b, c.indent...)
			b = appendClaim(b, c.claims[k], r.publishedOf(c.claims[k]))
		}
		c.out = b
		close(c.done)
	}
}

// publishedOf returns the publication date of c's article, or the claim's own when it
// names no article of the report.
func (r *renderer) publishedOf(c *claim.Claim) string {
	if a := int(c.Article); a >= 0 && a < len(r.published) {
		return r.published[a]
	}
	return c.Published
}

// write writes the chunks of the next n claims, in order, once they are rendered.
func (r *renderer) write(j *jsonWriter, n int) {
	for n > 0 {
		c := &r.chunks[r.taken]
		<-c.done
		if j.err == nil {
			_, j.err = j.w.Write(c.out)
		}
		n -= len(c.claims)
		select {
		case r.free <- c.out[:0]:
		default:
		}
		c.out = nil
		r.taken++
		<-r.slots
	}
}

// stop waits for the workers; it must be called even when writing failed, after every chunk
// has been taken and released or abandoned.
func (r *renderer) stop() {
	r.next.Store(int64(len(r.chunks)))
	// Abandoned chunks keep their slots: drain them so that the workers can finish.
	go func() {
		for range r.slots {
		}
	}()
	r.wg.Wait()
	close(r.slots)
}

// touch reads one byte of every cache line of the claims' evidence sentences before they
// are rendered, and returns their sum (kept in the chunk, so that the loads stay). The
// sentences lie wherever their readers stored them, and rendering them one after the
// other waited on memory at each line: a fifth of the renderer's time. These loads do not
// depend on each other, and the processor keeps many of them in flight at once.
func touch(cls []*claim.Claim) byte {
	var x byte
	for _, c := range cls {
		// The claim itself (four cache lines: a field of each), the value its kind points
		// to, and its sentence.
		x += byte(len(c.Kind)) + byte(len(c.Value)) + byte(len(c.Also))
		switch {
		case c.Quote != nil:
			x += byte(len(c.Quote.Text))
		case c.Person != nil:
			x += byte(len(c.Person.Surname))
		case c.Quantity != nil:
			x += byte(len(c.Quantity.Unit))
		}
		s := c.Sentence
		for off := 0; off < len(s); off += 64 {
			x += s[off]
		}
	}
	return x
}
