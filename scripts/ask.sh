# Sourced by the example scripts: ask USER QUERY posts a GraphQL query to $SERVER as a demo
# account (password = name), prints the JSON answer and fails on a GraphQL error.
ask() {
  local answer
  answer=$(curl -sS -u "$1:$1" -H 'Content-Type: application/json' \
    -d "$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$2")" "$SERVER/graphql")
  if [[ $answer == *'"errors"'* ]]; then echo "$answer" >&2; exit 1; fi
  echo "$answer"
}
