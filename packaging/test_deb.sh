#!/usr/bin/env bash
# test_deb.sh BUILD_DIR
#
# Builds the Debian package of a finished build (cpack -G DEB), installs it as root
# (dpkg -i, then apt-get -f install for missing dependencies), checks what it installed,
# runs fraudlens-cli and fraudlens from the installed paths (/usr/bin) in a scratch
# folder, validates the installed desktop entry and AppStream metadata where the tools
# exist, and removes the package again. Each step is printed; the first failure stops
# the script with a message saying what failed.
#
# Environment: CONFIG=Release (the configuration packaged by a multi-config build).
set -euo pipefail

step() { echo "== test_deb: $*"; }
fail() {
    echo "test_deb: FAILED: $*" >&2
    exit 1
}

if [[ $# -ne 1 ]]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd) || fail "no build folder '$1'"
[[ -f $build_dir/CPackConfig.cmake ]] || fail "$build_dir has no CPackConfig.cmake: configure and build it first"

# Root for dpkg and apt-get: directly, or through sudo.
if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    fail "installing a package needs root (or sudo)"
fi
export DEBIAN_FRONTEND=noninteractive

work=$(mktemp -d "${TMPDIR:-/tmp}/fraudlens-test-deb.XXXXXX")
installed_by_us=0
cleanup() {
    local status=$?
    if [[ $installed_by_us -eq 1 ]]; then
        echo "== test_deb: removing the package after a failure" >&2
        "${as_root[@]}" dpkg -r fraudlens >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

# --- Build the package -------------------------------------------------------------
step "tools for cpack's dependency computation (dpkg-shlibdeps, file)"
need=()
command -v dpkg-shlibdeps >/dev/null 2>&1 || need+=(dpkg-dev)
command -v file >/dev/null 2>&1 || need+=(file)
if [[ ${#need[@]} -gt 0 ]]; then
    echo "installing ${need[*]}"
    "${as_root[@]}" apt-get install -y -qq "${need[@]}" \
        || { "${as_root[@]}" apt-get update -qq && "${as_root[@]}" apt-get install -y -qq "${need[@]}"; } \
        || fail "could not install ${need[*]}"
fi

step "cpack -G DEB in $build_dir"
cpack_args=(-G DEB -B "$work/cpack")
if grep -q '^CMAKE_CONFIGURATION_TYPES:' "$build_dir/CMakeCache.txt" 2>/dev/null; then
    cpack_args+=(-C "${CONFIG:-Release}")
fi
(cd "$build_dir" && cpack "${cpack_args[@]}") || fail "cpack -G DEB failed in $build_dir"
shopt -s nullglob
debs=("$work"/cpack/*.deb)
shopt -u nullglob
[[ ${#debs[@]} -eq 1 ]] || fail "expected one .deb from cpack, found ${#debs[@]}"
deb=${debs[0]}
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

step "control fields"
dpkg-deb --field "$deb" Package Version Architecture Section Priority Depends Recommends Installed-Size
[[ $(dpkg-deb --field "$deb" Package) == fraudlens ]] || fail "the package is not named fraudlens"
version=$(dpkg-deb --field "$deb" Version)
depends=$(dpkg-deb --field "$deb" Depends)
# libtorch1.13 comes from the model module in /usr/lib/fraudlens: shlibdeps must have read it.
for dependency in libc6 libqt6svg6 libqt6gui6 libtorch1.13; do
    grep -qE "(^|, )$dependency( |,|$)" <<<"$depends" \
        || fail "Depends lacks $dependency (dpkg-shlibdeps did not run, or packaging/CMakeLists.txt lost it): $depends"
done
grep -q "fonts-wqy-microhei" <<<"$(dpkg-deb --field "$deb" Recommends)" || fail "Recommends lacks fonts-wqy-microhei"
grep -q "libopenblas0-openmp" <<<"$(dpkg-deb --field "$deb" Recommends)" || fail "Recommends lacks libopenblas0-openmp"

# --- Install it -------------------------------------------------------------------
if dpkg-query -W -f='${Status}' fraudlens 2>/dev/null | grep -q "ok installed"; then
    step "removing a fraudlens package installed before this test"
    "${as_root[@]}" dpkg -r fraudlens || fail "could not remove the fraudlens package already installed"
fi

step "dpkg -i $(basename "$deb") (then apt-get -f install for missing dependencies)"
installed_by_us=1
if ! "${as_root[@]}" dpkg -i "$deb"; then
    echo "dpkg -i left dependencies to install: apt-get -f install"
    "${as_root[@]}" apt-get -f install -y || fail "apt-get -f install could not complete the installation"
fi
dpkg-query -W -f='${Status}' fraudlens 2>/dev/null | grep -q "install ok installed" \
    || fail "fraudlens is not installed after dpkg -i and apt-get -f install: $(dpkg-query -W -f='${Status}' fraudlens 2>&1 || true)"

step "files the package installed (dpkg -L fraudlens)"
listing=$(dpkg -L fraudlens)
expected=(
    /usr/bin/fraudlens
    /usr/bin/fraudlens-cli
    /usr/lib/fraudlens/libfraudlens_torch.so
    /usr/share/applications/org.fraudlens.FraudLens.desktop
    /usr/share/metainfo/org.fraudlens.FraudLens.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/org.fraudlens.FraudLens.svg
    /usr/share/icons/hicolor/48x48/apps/org.fraudlens.FraudLens.png
    /usr/share/icons/hicolor/128x128/apps/org.fraudlens.FraudLens.png
    /usr/share/icons/hicolor/256x256/apps/org.fraudlens.FraudLens.png
    /usr/share/man/man1/fraudlens-cli.1.gz
    /usr/share/man/man1/fraudlens.1.gz
    /usr/share/doc/fraudlens/changelog.gz
)
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$listing" || fail "dpkg -L fraudlens does not list $path"
    # A path excluded by a path-exclude line of dpkg.cfg (docker images drop man pages
    # and docs) is listed but absent; only those may be.
    if [[ ! -e $path && $path != /usr/share/man/* && $path != /usr/share/doc/* ]]; then
        fail "$path is listed but not on disk"
    fi
    echo "  $path"
done
for size in 48 128 256; do
    icon=/usr/share/icons/hicolor/${size}x${size}/apps/org.fraudlens.FraudLens.png
    file -b "$icon" | grep -q "PNG image data, $size x $size" || fail "$icon is not a ${size}x${size} PNG: $(file -b "$icon")"
done
for binary in /usr/bin/fraudlens /usr/bin/fraudlens-cli /usr/lib/fraudlens/libfraudlens_torch.so; do
    [[ -x $binary || $binary == *.so ]] || fail "$binary is not executable"
    if ldd "$binary" | grep -q "not found"; then
        fail "$binary has unresolved libraries: $(ldd "$binary" | grep 'not found' | tr '\n' ' ')"
    fi
done

# --- Run it from the installed paths ----------------------------------------------
run_dir=$work/run
mkdir -p "$run_dir/home" "$run_dir/runtime"
chmod 700 "$run_dir/runtime"
cd "$run_dir"
# Settings, recent files and the demo cache go to the scratch folder, not the user's.
export HOME=$run_dir/home XDG_CONFIG_HOME=$run_dir/home/.config XDG_DATA_HOME=$run_dir/home/.local/share \
    XDG_CACHE_HOME=$run_dir/home/.cache XDG_RUNTIME_DIR=$run_dir/runtime

step "/usr/bin/fraudlens-cli --version"
cli_version=$(/usr/bin/fraudlens-cli --version) || fail "fraudlens-cli --version exited $?"
echo "$cli_version"
[[ $cli_version == "fraudlens-cli $version" ]] || fail "fraudlens-cli --version printed '$cli_version', expected 'fraudlens-cli $version'"

step "/usr/bin/fraudlens --version (offscreen)"
gui_version=$(QT_QPA_PLATFORM=offscreen /usr/bin/fraudlens --version 2>/dev/null) || fail "fraudlens --version exited $?"
echo "$gui_version"
[[ $gui_version == *"$version"* ]] || fail "fraudlens --version printed '$gui_version', expected the version $version"

# A small demo (about 1,500 transactions) so that scoring takes seconds, not minutes.
step "/usr/bin/fraudlens-cli demo --db demo.db --accounts 500 --days 14 --seed 42"
/usr/bin/fraudlens-cli demo --db demo.db --accounts 500 --days 14 --seed 42 || fail "fraudlens-cli demo exited $?"
[[ -s demo.db ]] || fail "fraudlens-cli demo wrote no demo.db"

step "/usr/bin/fraudlens-cli score --db demo.db (LibTorch from the installed dependencies)"
score_out=$(/usr/bin/fraudlens-cli score --db demo.db --quiet) || fail "fraudlens-cli score exited $?"
echo "$score_out"
grep -qE "^scored [0-9]+ transactions" <<<"$score_out" || fail "fraudlens-cli score printed no summary"

step "/usr/bin/fraudlens-cli alerts --db demo.db --top 3"
/usr/bin/fraudlens-cli alerts --db demo.db --top 3 || fail "fraudlens-cli alerts exited $?"

step "/usr/bin/fraudlens-cli audit verify --db demo.db"
/usr/bin/fraudlens-cli audit verify --db demo.db || fail "fraudlens-cli audit verify exited $?"

step "QT_QPA_PLATFORM=offscreen /usr/bin/fraudlens --screenshot shot.png --view alerts --db demo.db"
QT_QPA_PLATFORM=offscreen timeout 180 /usr/bin/fraudlens --screenshot shot.png --view alerts --db demo.db \
    || fail "fraudlens --screenshot exited $?"
[[ -f shot.png ]] || fail "fraudlens --screenshot wrote no shot.png"
shot_size=$(stat -c %s shot.png)
shot_kind=$(file -b shot.png)
echo "shot.png: $shot_size bytes, $shot_kind"
[[ $shot_kind == "PNG image data"* ]] || fail "shot.png is not a PNG: $shot_kind"
[[ $shot_size -gt 10240 ]] || fail "shot.png is only $shot_size bytes: the window was not drawn"

# --- Validate the installed metadata ----------------------------------------------
if command -v desktop-file-validate >/dev/null 2>&1; then
    step "desktop-file-validate /usr/share/applications/org.fraudlens.FraudLens.desktop"
    # It exits 0 on warnings: any output counts as a failure.
    out=$(desktop-file-validate /usr/share/applications/org.fraudlens.FraudLens.desktop 2>&1) \
        || fail "desktop-file-validate: $out"
    [[ -z $out ]] || fail "desktop-file-validate: $out"
    echo "valid"
else
    step "desktop-file-validate: not installed (desktop-file-utils), skipped"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    step "appstreamcli validate --no-net /usr/share/metainfo/org.fraudlens.FraudLens.metainfo.xml"
    appstreamcli validate --no-net /usr/share/metainfo/org.fraudlens.FraudLens.metainfo.xml \
        || fail "appstreamcli validate found problems in the installed metainfo"
else
    step "appstreamcli: not installed (appstream), skipped"
fi
if command -v man >/dev/null 2>&1 && [[ -e /usr/share/man/man1/fraudlens-cli.1.gz ]]; then
    step "man -w fraudlens-cli; man -w fraudlens"
    man -w fraudlens-cli || fail "man does not find fraudlens-cli"
    man -w fraudlens || fail "man does not find fraudlens"
    if command -v groff >/dev/null 2>&1; then
        for page in fraudlens-cli fraudlens; do
            warnings=$(zcat "/usr/share/man/man1/$page.1.gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1)
            [[ -z $warnings ]] || fail "groff warns about $page.1: $warnings"
        done
    fi
else
    step "man: man-db not installed or man pages excluded by dpkg.cfg, skipped"
fi

# --- Remove it --------------------------------------------------------------------
cd /
step "dpkg -r fraudlens"
"${as_root[@]}" dpkg -r fraudlens || fail "dpkg -r fraudlens failed"
installed_by_us=0
[[ ! -e /usr/bin/fraudlens && ! -e /usr/bin/fraudlens-cli && ! -e /usr/lib/fraudlens ]] \
    || fail "the binaries or /usr/lib/fraudlens are still there after dpkg -r"
if dpkg-query -W -f='${Status}' fraudlens 2>/dev/null | grep -q "ok installed"; then
    fail "fraudlens is still installed after dpkg -r"
fi

echo "test_deb: all checks passed ($(basename "$deb"))"
