"""The ages a text gives that its dates or key figures make otherwise.
"""
