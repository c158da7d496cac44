"""The site: its settings, its pages and listings, what each page says about itself, and feeds."""
