"""What the checks read in a text: its sentences, days, numbers with what they count, levels and
changes, measures and ranges, and the names it gives.
"""
