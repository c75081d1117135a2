"""Words as printed: safe characters, typography, file names, country and gender names."""

__all__ = [
    "controls",
    "country_names",
    "gender_names",
    "safe_filename",
    "typography",
]
