"""The site's own figures ("IQ in figures") with charts and export."""
