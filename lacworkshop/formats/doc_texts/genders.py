"""Genders as lists, sheets and charts print them (one word per stored code)."""

TEXTS = {
    "gender.female": {"es": "Femenino", "pt": "Feminino", "en": "Female", "fr": "Féminin"},
    "gender.male": {"es": "Masculino", "pt": "Masculino", "en": "Male", "fr": "Masculin"},
    "gender.non_binary": {
        "es": "No binario",
        "pt": "Não binário",
        "en": "Non-binary",
        "fr": "Non binaire",
    },
    "gender.undisclosed": {
        "es": "Prefiere no decirlo",
        "pt": "Prefere não dizer",
        "en": "Prefers not to say",
        "fr": "Préfère ne pas le dire",
    },
    "gender.self_described": {
        "es": "Autodescrito",
        "pt": "Autodescrito",
        "en": "Self-described",
        "fr": "Autodéfini",
    },
}
