<?php
/**
 * Reading an article's JSON and writing it safely into a page.
 *
 * @package newsbrief
 */

defined( 'ABSPATH' ) || exit;

/** The post meta that holds the article for the [newsbrief] shortcode. */
const NEWSBRIEF_META_KEY = 'newsbrief_article';

/**
 * The elements a block or shortcode may show, by tag.
 *
 * @return string[] Tag names.
 */
function newsbrief_element_tags() {
	return array( 'nb-brief', 'nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources' );
}

/**
 * The tag for an element name as an editor writes it: "faq", "nb-faq" and "FAQ" all name <nb-faq>.
 *
 * @param string $name The name given.
 * @return string|null The tag, or null when it names no element.
 */
function newsbrief_element_tag( $name ) {
	$name = strtolower( trim( (string) $name ) );
	if ( '' === $name ) {
		return 'nb-brief';
	}
	$tag = 0 === strpos( $name, 'nb-' ) ? $name : 'nb-' . $name;
	return in_array( $tag, newsbrief_element_tags(), true ) ? $tag : null;
}

/**
 * Reads an article's JSON text.
 *
 * An article is an object; an element also takes a bare part of one (an array of FAQ items, a
 * TL;DR string), so arrays and strings are accepted too. Objects stay objects (`{}` is not `[]`).
 *
 * @param string $json The JSON text.
 * @return array{article: mixed, error: string|null} The decoded article, or the reason it is not one.
 */
function newsbrief_decode_article( $json ) {
	$json = trim( (string) $json );
	if ( '' === $json ) {
		return array(
			'article' => null,
			'error'   => __( 'it is empty', 'newsbrief' ),
		);
	}
	$article = json_decode( $json, false, 512, JSON_BIGINT_AS_STRING );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return array(
			'article' => null,
			/* translators: %s: PHP's description of a JSON syntax error, e.g. "Syntax error". */
			'error'   => sprintf( __( 'it is not valid JSON (%s)', 'newsbrief' ), json_last_error_msg() ),
		);
	}
	if ( ! is_object( $article ) && ! is_array( $article ) && ! is_string( $article ) ) {
		return array(
			'article' => null,
			'error'   => __( 'it is valid JSON but not an article (an object with fields such as "tldr" and "faq")', 'newsbrief' ),
		);
	}
	return array(
		'article' => $article,
		'error'   => null,
	);
}

/**
 * Writes an article as the text of a `<script type="application/json">` element.
 *
 * No text in the article can end the script element or start a comment (`<`, `>`, `&`, quotes
 * are written as \u escapes), and no `[` inside a string can be taken for a shortcode by the
 * content filters that run after blocks.
 *
 * @param mixed $article A decoded article.
 * @return string|false The JSON, or false when it cannot be encoded.
 */
function newsbrief_encode_article( $article ) {
	$json = wp_json_encode( $article, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	if ( false === $json ) {
		return false;
	}
	// JSON_UNESCAPED_UNICODE leaves U+2028 and U+2029 raw: harmless in JSON, but escape them for old parsers.
	$json = str_replace( array( "\u{2028}", "\u{2029}" ), array( '\u2028', '\u2029' ), $json );
	return preg_replace_callback(
		'/"(?:[^"\\\\]|\\\\.)*"/s',
		static function ( $matches ) {
			return str_replace( '[', '\u005B', $matches[0] );
		},
		$json
	);
}
