// Translations live in resources; this file gives the library a source.
