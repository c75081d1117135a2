"""Personal data as data-protection law asks: consent, a person's data export, erasure.

Modules: ``consent`` (what was agreed to), ``person_lookup`` (EMAIL or ID),
``data_export`` (everything held about one person, as JSON), ``erasure``
(anonymise them everywhere and purge the file), ``backup_residue`` (which
backups still hold them). Kept free of imports here so the import mapping can
use ``consent`` without loading the rest.
"""
