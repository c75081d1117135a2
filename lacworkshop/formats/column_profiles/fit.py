"""Whether a column's values fit the field a header suggests for it."""

from __future__ import annotations

from lacworkshop.formats.column_profiles.profile import ColumnProfile

# Below this share of fitting values, a header's word is not believed.
BELIEVED = 0.5
# Fields whose values say who a person is: a value every row shares says nothing of
# anyone ("anonymous", the event's name), so such a column is never used for them.
IDENTIFYING = frozenset(
    {
        "given_names",
        "family_names",
        "full_name",
        "preferred_name",
        "email",
        "phone",
        "document_id",
        "external_ref",
    }
)


def fit_share(field: str, profile: ColumnProfile) -> float | None:
    """Share of the values that fit *field*; None when values cannot tell for this field."""
    if field == "email":
        return profile.email
    if field in ("given_names", "family_names", "full_name", "preferred_name"):
        # Names are contradicted by addresses, dates and numbers only: "Pérez 2º",
        # "María (Majo)" and "Dr. Quispe" are odd names, still names.
        return profile.nameable
    if field == "country":
        return profile.country
    if field == "phone":
        return max(profile.phone, profile.number)
    if field == "external_ref":
        return profile.number
    if field == "document_id":
        return 1.0 - profile.email - profile.date * (1.0 - profile.number)
    return None


def contradicts(field: str, profile: ColumnProfile) -> bool:
    """The values say this column does not hold *field* (empty and constant columns too)."""
    if profile.empty:
        return True
    if profile.constant and field in IDENTIFYING:
        return True
    share = fit_share(field, profile)
    return share is not None and share < BELIEVED
