"""Words the sign-in sheets' warnings put together."""

TEXTS = {
    "warn.signin_the_name": {
        "es": "El nombre",
        "pt": "O nome",
        "en": "The name",
        "fr": "Le nom",
    },
}
