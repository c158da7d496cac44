"""Words of any script in Latin letters, for ids, slugs and file names: latin.py, with a
module for each family of scripts that is spelt by its sounds."""
