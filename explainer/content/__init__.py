"""Content: explainer files read, split into sections, validated and checked, as typed objects."""
