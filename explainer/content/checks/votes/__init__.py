"""Votes, tallies, shares and the scores of matches, given twice otherwise or that do not add up.
"""
