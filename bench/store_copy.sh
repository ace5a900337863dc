# Sourced by the bench scripts: serve_copy DATA_DIR JAR PORT copies DATA_DIR's store into a temporary
# directory, serves it with the store process (java -jar plantrail.jar store), and sets $work (the
# copy, with the driver's class path in $work/cp.txt) and $uri; both go when the script exits.
serve_copy() {
  work=$(mktemp -d); cp "$1/plantrail.mv.db" "$work/"
  ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
  java -jar "$2" store --port "$3" --data-dir "$work" > "$work/store.log" 2>&1 &
  store=$!
  trap 'kill $store 2>/dev/null; rm -rf "$work"' EXIT
  while [ ! -s "$work/store.uri" ]; do sleep 0.2; done
  uri=$(cat "$work/store.uri")
}
