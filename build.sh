#!/usr/bin/env bash
# The project's two commands (and two helpers):
#   ./build.sh run    install what is missing, build (Release), open the window on the demo database
#   ./build.sh test   install what is missing, build, run the whole suite with CTest
#   ./build.sh bench [--large]  build and run the benchmark program (prints figures; not a test)
#   ./build.sh screenshots  build and remake the README's pictures in tests/screenshots
#   ./build.sh deps   only install the Debian packages
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}

PACKAGES=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n libgl-dev
    libsqlite3-dev
    libqt6svg6 fonts-liberation2 poppler-utils qt6-pdf-dev
    libquazip1-qt6-dev libsodium-dev
    # Excel files written (libxlsxwriter) and charts of the statistics (Qt Charts).
    libxlsxwriter-dev qt6-charts-dev libqt6opengl6-dev
    # The tests open the .odt and .docx files in LibreOffice and read PDFs with a second reader.
    libreoffice-writer-nogui libreoffice-calc-nogui mupdf-tools python3-fitz unzip
    # A shared office's server: Qt's PostgreSQL driver; the tests start a server of their own.
    libqt6sql6-psql libpq-dev postgresql
)

install_deps() {
    install_packages "${PACKAGES[@]}"
}

install_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

cmd=${1:-run}
case "$cmd" in
deps)
    install_deps
    ;;
run)
    install_deps
    configure_and_build
    demo="$BUILD_DIR/demo.sqlite"
    [ -f "$demo" ] || "$BUILD_DIR/app/secretariat" demo "$demo"
    shift || true
    exec "$BUILD_DIR/app/secretariat" --db "$demo" "$@"
    ;;
test)
    install_deps
    configure_and_build
    cd "$BUILD_DIR"
    ctest --output-on-failure --parallel "$(nproc)" --timeout 600
    ;;
bench)
    install_deps
    configure_and_build
    shift || true
    # The first frame is timed on a real X display: a virtual one (Xvfb) when there is none.
    # The generated province files are kept in $SECRETARIAT_BENCH_DATA (default: bench-data
    # beside the benchmark program), made again only when missing.
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        install_packages xvfb xauth
        exec xvfb-run -a -s "-screen 0 1366x768x24" "$BUILD_DIR/tests/bench/secretariat_bench" "$@"
    fi
    exec "$BUILD_DIR/tests/bench/secretariat_bench" "$@"
    ;;
screenshots)
    install_deps
    configure_and_build
    [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    export LANG=C.UTF-8 TZ=Asia/Ho_Chi_Minh
    exec "$BUILD_DIR/tests/screenshots/secretariat_screenshots" "$ROOT/tests/screenshots"
    ;;
*)
    echo "usage: $0 run|test|bench|screenshots|deps" >&2
    exit 2
    ;;
esac
