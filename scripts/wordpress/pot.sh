#!/usr/bin/env bash
# Regenerates the WordPress plugin's translation template, languages/newsbrief.pot, from its PHP and JS
# (GNU gettext's xgettext: apt-get install gettext). Run after changing a translatable string.
set -euo pipefail
cd "$(dirname "$0")/../../integrations/wordpress/newsbrief"
mkdir -p languages
keywords=(--keyword=__ --keyword=_e --keyword=esc_html__ --keyword=esc_html_e --keyword=esc_attr__ --keyword=_x:1,2c --keyword=_n:1,2)
common=(--from-code=UTF-8 --add-comments=translators: --sort-by-file --package-name=newsbrief --package-version="$(sed -n "s/^define( 'NEWSBRIEF_VERSION', '\(.*\)' );/\1/p" newsbrief.php)" --msgid-bugs-address=https://www.npmjs.com/package/newsbrief)
find . -name '*.php' -not -path './languages/*' | sort | xargs xgettext --language=PHP "${keywords[@]}" "${common[@]}" -o languages/newsbrief.pot
xgettext --language=JavaScript "${keywords[@]}" "${common[@]}" --join-existing -o languages/newsbrief.pot block/index.js
# block.json's title, description and keywords: WordPress translates them with these contexts.
node -e '
  const b = require("./block/block.json");
  const q = (t) => JSON.stringify(t);
  const entry = (ctx, t) => `\n#: block/block.json\nmsgctxt ${q(ctx)}\nmsgid ${q(t)}\nmsgstr ""\n`;
  process.stdout.write(entry("block title", b.title) + entry("block description", b.description) + b.keywords.map((k) => entry("block keyword", k)).join(""));
' >> languages/newsbrief.pot
msgfmt --check-format -o /dev/null languages/newsbrief.pot
echo "languages/newsbrief.pot: $(grep -c '^msgid "[^"]' languages/newsbrief.pot) strings"
