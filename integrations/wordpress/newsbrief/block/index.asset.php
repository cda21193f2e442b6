<?php
/**
 * The editor script's dependencies (WordPress 6.1 registers a block's editorScript only with this file beside it).
 *
 * @package newsbrief
 */

return array(
	'dependencies' => array( 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-data', 'wp-element', 'wp-i18n', 'wp-notices', 'newsbrief' ),
	'version'      => '0.1.0',
);
