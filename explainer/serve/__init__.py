"""The preview: a dev server that rebuilds on every change and reloads the browser."""
