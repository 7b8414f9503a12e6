#!/usr/bin/env bash
# check_man_page.sh CLI_BINARY MANPAGE
#
# Fails when a subcommand or a long option that `CLI_BINARY --help` or
# `CLI_BINARY SUB... --help` lists is missing from the man page, so that the page
# cannot drift from the program. Subcommands are followed to any depth.
#
# What counts as documented, in the man page rendered to plain text:
#   - a top-level subcommand NAME: its own section, a heading line "NAME" (.SS NAME);
#   - a nested subcommand NAME of PARENT: a line of PARENT's section that begins with
#     NAME, "PARENT NAME" or "CLI PARENT NAME" (a .TP item or a synopsis line);
#   - a long option of a top-level subcommand: the option as a whole word within that
#     subcommand's section (for a nested one, within its top-level ancestor's section);
#   - a long option of the program itself: the option anywhere in the page.
# -h/--help of subcommands is taken as documented by the program's own --help.
#
# The help is parsed loosely, to survive CLI11's format changes: a section starts at a
# line "Options:" or "Subcommands:" in any case; an option line is one whose first
# character, indented less than a description (column 30), is '-', and its names are the leading words that begin
# with '-' ("-q,--quiet", "-h,     --help", "--db TEXT REQUIRED"); a subcommand line is
# "  NAME  description".
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 CLI_BINARY MANPAGE" >&2
    exit 2
fi
cli=$1
page=$2
[[ -x $cli ]] || { echo "check_man_page: $cli is not an executable" >&2; exit 2; }
[[ -r $page ]] || { echo "check_man_page: cannot read $page" >&2; exit 2; }

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
text=$workdir/page.txt

# Render to plain ASCII text: no overstrike, wide lines, no hyphenation of words.
if command -v groff >/dev/null 2>&1; then
    zcat -f "$page" | LC_ALL=C groff -man -Tascii -rLL=250n -rHY=0 -P-cbou 2>/dev/null >"$text"
else
    # No groff: the source, laid out as groff would lay it out for what is checked
    # here (.SH at column 0, .SS at 3, the rest at 7), with the font escapes and
    # macro names taken off.
    zcat -f "$page" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\e/\\/g' -e 's/\\%//g' -e 's/\\&//g' | awk '
        /^\.\\"/ { next }
        /^\.SH[[:space:]]/ { sub(/^\.SH[[:space:]]+/, ""); gsub(/"/, ""); print; next }
        /^\.SS[[:space:]]/ { sub(/^\.SS[[:space:]]+/, ""); gsub(/"/, ""); print "   " $0; next }
        /^\.[A-Za-z]+[[:space:]]*$/ { next }
        /^\.[A-Za-z]+[[:space:]]/ { sub(/^\.[A-Za-z]+[[:space:]]+/, ""); gsub(/"/, "") }
        { print "       " $0 }' >"$text"
fi
[[ -s $text ]] || { echo "check_man_page: $page rendered to nothing" >&2; exit 2; }

# help_of ARGS...: the help text of `cli ARGS... --help`, from standard output only (a
# sanitizer's report on standard error is no help); exit status ignored: some versions
# of CLI11 exit non-zero after help.
help_of() {
    "$cli" "$@" --help 2>/dev/null || true
}

# options_in HELP: the long options listed in the Options section, one a line.
options_in() {
    awk '
        /^[A-Za-z][A-Za-z ]*:[[:space:]]*$/ { section = tolower($0); sub(/:.*/, "", section); next }
        # (no {m,n} intervals: mawk, Debian'"'"'s default awk, lacks them)
        section == "options" && (indent = match($0, /[^[:space:]]/) - 1) >= 1 && indent < 20 && substr($0, indent + 1, 1) == "-" {
            line = $0
            gsub(/,/, " ", line)
            n = split(line, words, /[[:space:]]+/)
            for (i = 1; i <= n; ++i) {
                if (words[i] == "") continue
                if (substr(words[i], 1, 1) != "-") break
                w = words[i]
                sub(/=.*/, "", w)        # --name=default
                sub(/[:\[{].*/, "", w)   # --name:TYPE
                if (w ~ /^--[A-Za-z0-9]/) print w
            }
        }' <<<"$1"
}

# subcommands_in HELP: the subcommand names listed in the Subcommands section.
subcommands_in() {
    awk '
        /^[A-Za-z][A-Za-z ]*:[[:space:]]*$/ { section = tolower($0); sub(/:.*/, "", section); next }
        /^[[:space:]]*$/ { if (section == "subcommands") section = ""; next }
        section == "subcommands" && (indent = match($0, /[^[:space:]]/) - 1) >= 1 && indent <= 8 { print $1 }' <<<"$1"
}

# section_of NAME: the lines of the page from the heading line "NAME" (3-space indent,
# as .SS renders) to the next heading of the same or a higher level.
section_of() {
    awk -v name="$1" '
        $0 ~ /^[^[:space:]]/ || $0 ~ /^   [^[:space:]]/ {
            heading = $0; sub(/^[[:space:]]+/, "", heading); sub(/[[:space:]]+$/, "", heading)
            inside = (heading == name); next
        }
        inside' "$text"
}

has_option() { # has_option TEXT OPTION (letters, digits and '-' only: no regex escaping)
    grep -qE -- "(^|[^A-Za-z0-9_-])$2([^A-Za-z0-9_-]|$)" <<<"$1"
}

missing=0
checked_subcommands=0
checked_options=0
report() {
    echo "check_man_page: $page: $*" >&2
    missing=$((missing + 1))
}

top_help=$(help_of)
top_subs=$(subcommands_in "$top_help")
if [[ -z $top_subs ]]; then
    echo "check_man_page: found no subcommands in '$cli --help':" >&2
    "$cli" --help >&2 || true
    exit 2
fi

whole_page=$(cat "$text")
for option in $(options_in "$top_help"); do
    checked_options=$((checked_options + 1))
    has_option "$whole_page" "$option" || report "option $option of $(basename "$cli") is not documented"
done

cli_name=$(basename "$cli")
# check_sub TOP PATH...: PATH is the subcommand path (e.g. "rules add"), TOP its first word.
check_sub() {
    local top=$1
    shift
    local path=("$@")
    local name=${path[-1]}
    local section
    section=$(section_of "$top")
    checked_subcommands=$((checked_subcommands + 1))
    if [[ -z $section ]]; then
        report "subcommand '$top' has no section (.SS $top)"
        return
    fi
    if [[ ${#path[@]} -gt 1 ]]; then
        local parent="${path[*]:0:${#path[@]}-1}"
        local pattern="^[[:space:]]*((${cli_name}[[:space:]]+)?${parent}[[:space:]]+)?${name}([[:space:]]|$)"
        grep -qE -- "$pattern" <<<"$section" || report "subcommand '${path[*]}' is not documented in section '$top'"
    fi
    local help
    help=$(help_of "${path[@]}")
    local option
    for option in $(options_in "$help"); do
        [[ $option == --help ]] && continue
        checked_options=$((checked_options + 1))
        has_option "$section" "$option" || report "option $option of '${path[*]}' is not documented in section '$top'"
    done
    local sub
    for sub in $(subcommands_in "$help"); do
        check_sub "$top" "${path[@]}" "$sub"
    done
}

for sub in $top_subs; do
    check_sub "$sub" "$sub"
done

if [[ $missing -gt 0 ]]; then
    echo "check_man_page: $missing missing from $page" >&2
    exit 1
fi
echo "check_man_page: $page documents all $checked_subcommands subcommands and $checked_options options of $cli_name"
