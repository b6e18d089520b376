# Sourced by the other scripts: puts the installed build tools on PATH.
export PATH="$HOME/.cargo/bin:$PWD/end2end/node_modules/.bin:$PATH"
