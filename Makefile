# factcheck: make run (the tool on the sample corpus), make test, make bench.
GO      ?= go
BIN     := bin/factcheck
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
SIZES   ?= 1000,2000,4000

.PHONY: all build run test fuzz bench lint clean

all: build

# urfave_cli_no_docs leaves out urfave/cli's man-page and markdown generators, which
# factcheck does not use: their markdown library's initialisation cost 2 ms per start.
TAGS    ?= urfave_cli_no_docs

build:
	$(GO) build -tags "$(TAGS)" -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/factcheck

# The tool on the sample corpus with the embedded rule pack and the corpus's own
# .factcheck.yaml. Findings make factcheck exit 1; that is the expected outcome here.
run: build
	@$(BIN) corpus/ || test $$? -eq 1

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...

# Each fuzz target for a while (FUZZTIME=1m make fuzz for longer runs).
FUZZTIME ?= 15s
fuzz:
	$(GO) test ./checker/text -run '^$$' -fuzz FuzzSentences -fuzztime $(FUZZTIME)
	$(GO) test ./checker/text -run '^$$' -fuzz FuzzRuneCount -fuzztime $(FUZZTIME)
	$(GO) test ./checker/numbers -run '^$$' -fuzz FuzzRead -fuzztime $(FUZZTIME)
	$(GO) test ./checker/article -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME)
	$(GO) test ./checker/article -run '^$$' -fuzz FuzzFrontMatter -fuzztime $(FUZZTIME)
	$(GO) test ./checker/names -run '^$$' -fuzz FuzzDistance -fuzztime $(FUZZTIME)
	$(GO) test ./checker/names -run '^$$' -fuzz FuzzTitleOf -fuzztime $(FUZZTIME)
	$(GO) test ./checker/coref -run '^$$' -fuzz FuzzResolve -fuzztime $(FUZZTIME)
	$(GO) test ./checker/checks/roster -run '^$$' -fuzz FuzzStatements -fuzztime $(FUZZTIME)
	$(GO) test ./checker/quotes -run '^$$' -fuzz FuzzQuotes -fuzztime $(FUZZTIME)
	$(GO) test ./checker/checks/quote -run '^$$' -fuzz FuzzLabelOf -fuzztime $(FUZZTIME)
	$(GO) test ./checker/checks/quote -run '^$$' -fuzz FuzzExtract -fuzztime $(FUZZTIME)
	$(GO) test ./checker/report -run '^$$' -fuzz FuzzClaimJSON -fuzztime $(FUZZTIME)
	$(GO) test ./checker/report -run '^$$' -fuzz FuzzWordDiff -fuzztime $(FUZZTIME)
	$(GO) test ./checker/timex -run '^$$' -fuzz FuzzTagText -fuzztime $(FUZZTIME)
	$(GO) test ./checker/events -run '^$$' -fuzz FuzzExtract -fuzztime $(FUZZTIME)
	$(GO) test ./rules -run '^$$' -fuzz FuzzParseFile -fuzztime $(FUZZTIME)

# Generates deterministic corpora (2,000 articles is about 9 MB) and reports MB/s, files/s
# and peak RSS of the whole pipeline with JSON output.
bench: build
	$(GO) run ./internal/bench -bin $(BIN) -sizes $(SIZES) -runs 3 -- check --format json --fail-on never

lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

clean:
	rm -rf bin
