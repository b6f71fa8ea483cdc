package rules

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/json"
)

// packCache holds the built-in files already parsed and validated, in JSON. Parsing the
// YAML of the built-in pack was the largest part of start-up (about 10 ms, more than
// walking a 2,000-article corpus); decoding the cache takes a fraction of that. It was
// gob first, but encoding/gob's package initialisation alone costs about 5 ms at every
// start; encoding/json is linked anyway, for the report. The YAML
// stays the source: an entry is used only when the SHA-256 of the embedded YAML is the one
// it was made from, so a stale cache costs time, never correctness. TestPackCache fails
// when the cache is stale; `go test ./rules -run TestPackCache -update` rewrites it.
//
//go:embed packcache.json
var packCache []byte

// cacheEntry is one built-in file in the cache.
type cacheEntry struct {
	Name string
	Sum  [sha256.Size]byte
	File *File
}

// cachedFiles decodes the cache: a fresh copy at every call, as callers modify the rules
// they get (severities, switches). An unreadable cache is an empty one.
func cachedFiles() map[string]cacheEntry {
	var es []cacheEntry
	if err := json.Unmarshal(packCache, &es); err != nil {
		return nil
	}
	m := make(map[string]cacheEntry, len(es))
	for _, e := range es {
		m[e.Name] = e
	}
	return m
}

// fromCache returns the parsed built-in file name when cache holds it for exactly data.
func fromCache(cache map[string]cacheEntry, name string, data []byte) *File {
	e, ok := cache[name]
	if !ok || e.File == nil || e.Sum != sha256.Sum256(data) {
		return nil
	}
	return e.File
}

// encodeCache returns the cache of the given parsed built-in files.
func encodeCache(es []cacheEntry) ([]byte, error) {
	var b bytes.Buffer
	err := json.NewEncoder(&b).Encode(es)
	return b.Bytes(), err
}
