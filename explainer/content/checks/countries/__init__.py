"""Counts of countries a text gives otherwise than the country list, and the names it lists with a
count.
"""
