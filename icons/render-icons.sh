#!/bin/sh
# Renders the PNGs of the drawn icons from their SVG sources; the PNGs are committed, so run this
# after changing an SVG (needs rsvg-convert: apt-get install librsvg2-bin).
# File types are 16 px, devices and places 20 px; name@2x.png is twice that, for HiDPI screens
# (JavaFX loads it instead of name.png by itself when the screen scale is 1.5 or more).
set -eu
cd "$(dirname "$0")/src/main/resources/io/flashdeck/icons"
render() { # folder, size
    for svg in "$1"/*.svg; do
        name="${svg%.svg}"
        rsvg-convert -w "$2" -h "$2" "$svg" -o "$name.png"
        rsvg-convert -w $(($2 * 2)) -h $(($2 * 2)) "$svg" -o "$name@2x.png"
    done
}
render types 16
render devices 20
