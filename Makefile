# The two commands: `make run` (set up, build, open the app) and `make test` (set up, then every test).
# Each does its own set-up on a fresh Debian/Ubuntu machine (see scripts/setup.sh).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
CARGO_TARGET_DIR ?= $(CURDIR)/target
export CARGO_TARGET_DIR
# actionlint lives in the venv scripts/setup.sh makes.
ADVOCATES_TOOLS_VENV ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)/advocates-dev/venv
export ADVOCATES_TOOLS_VENV
export PATH := $(HOME)/.cargo/bin:$(PATH):$(ADVOCATES_TOOLS_VENV)/bin
APP := $(CARGO_TARGET_DIR)/debug/advocates

.PHONY: run test setup ui app lint unit ui-test e2e package-test package bench icons bindings review crash

run: app
	@if [ "$$(uname -s)" = "Linux" ] && [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then \
	  echo "make run: no display (DISPLAY/WAYLAND_DISPLAY unset) — run it from a desktop session"; exit 1; fi
	$(APP)

test: setup ui lint unit ui-test app e2e package-test
	@echo "make test: all passed $$(date +%T)"

# Each stage of `make test` prints when it starts, so a run's log says how long each took.
STAGE = @echo "== $@ $$(date +%T)"

setup:
	$(STAGE)
	./scripts/setup.sh

ui:
	$(STAGE)
	npm --prefix ui run build

app: ui
	$(STAGE)
	cargo build -p advocates

lint: ui
	$(STAGE)
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p advocates-tests --test package -- -D warnings
	npm --prefix ui run check
	actionlint

# Core, shell (incl. the bindings freshness test), the e2e harness's own parser — each package on its own to avoid
# feature-unification rebuilds.
unit: ui
	$(STAGE)
	cargo test -p advocates-core
	cargo test -p advocates
	cargo test -p advocates-tests --lib

ui-test:
	$(STAGE)
	npm --prefix ui test

# CLI, scenario and end-to-end tests run the built binary; e2e tests share the machine's display, one at a time.
e2e: app
	$(STAGE)
	cargo test -p advocates-tests --tests -- --test-threads=1 --nocapture

# The Linux package, installed for real (tests/tests/package.rs): a .deb of the debug build just tested (`tauri
# bundle` packs the binary `app` built, without building again: about 5 s), installed with apt-get as root, run,
# opened in a window, removed. `make package` builds the release installers.
DEBUG_DEB_DIR := $(CARGO_TARGET_DIR)/debug/bundle/deb
package-test: app
	$(STAGE)
	rm -rf $(DEBUG_DEB_DIR)
	npx --prefix ui tauri bundle --debug --bundles deb
	ADVOCATES_DEB="$$(ls $(DEBUG_DEB_DIR)/*.deb)" cargo test -p advocates-tests --test package -- --nocapture

# The release .deb and .rpm (both build offline; the AppImage needs downloads, so only the release workflow makes it):
# $(CARGO_TARGET_DIR)/release/bundle/{deb,rpm}/. Not part of `make test`: a cold release build takes over half an hour.
package: setup ui
	$(STAGE)
	npx --prefix ui tauri build --bundles deb,rpm --config '{"build":{"beforeBuildCommand":""}}'
	@ls -l $(CARGO_TARGET_DIR)/release/bundle/deb/*.deb $(CARGO_TARGET_DIR)/release/bundle/rpm/*.rpm

bench:
	cargo bench -p advocates-core

# The crash harness at full strength: 30 SIGKILLs per kind (import of 10k, merge, delete, migration of 10k), 120 in
# all; `make test` runs 2 per kind.
crash: app
	ADVOCATES_CRASH_TRIALS=30 cargo test -p advocates-tests --test crash -- --nocapture

icons:
	npx --prefix ui tauri icon icons/app.svg -o icons && rm -rf icons/android icons/ios
	# The hicolor sizes Linux menus ask for that `tauri icon` does not make; the .deb installs each at its size.
	for s in 16 24 48 256; do convert icons/icon.png -filter Lanczos -resize $${s}x$${s} PNG32:icons/$${s}x$${s}.png; done
	convert -background none -density 384 icons/tray.svg -resize 64x64 PNG32:icons/tray.png
	# macOS draws the tray icon as a template: black, with only its alpha meaning anything.
	convert icons/tray.png -channel RGB -evaluate set 0 +channel PNG32:icons/tray-template.png
	touch src-tauri/build.rs

bindings:
	UPDATE_BINDINGS=1 cargo test -p advocates bindings

# The blind review (tests/review/README.md): the persona books through a fortnight of mornings, prompts written to
# target/review/; then, when a reviewer's ratings exist, the bar. The UI is built only when its dist is missing
# (the shell embeds it).
review:
	@[ -d ui/dist ] || $(MAKE) ui
	cargo build -p advocates
	python3 tests/review/run.py --binary $(APP) --out $(CURDIR)/target/review
	@if ls tests/review/ratings/*.json >/dev/null 2>&1; then \
	  python3 tests/review/score.py --prompts $(CURDIR)/target/review; \
	else echo "make review: no ratings in tests/review/ratings/ yet; prompts are in target/review/"; fi
