# Sourced by the project's scripts (bash): puts the project's Node 24 first on PATH
# (scripts/ensure-node.sh installs it when needed), so the script and every node process it
# starts (npm, npx, tsx, vitest and the children they spawn) run on it.
_node_bin=$(bash "$(dirname "${BASH_SOURCE[0]}")/ensure-node.sh")
case ":$PATH:" in
  ":$_node_bin:"*) ;;
  *) export PATH="$_node_bin:$PATH" ;;
esac
unset _node_bin
