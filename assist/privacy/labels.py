"""The labels of a form, a CRM screen or a letter ("Prénom :", "Date de naissance :", "Assuré principal :", "Portable").

They stand beside personal values without being any: the NER takes them for a name or a place ("BESSON Prénom",
"Titulaire", "Index"), and an address read on would swallow the next line's label ("75002 Paris\\nContact").
"""

from __future__ import annotations

import regex

from assist.privacy.names import fold

FORM_LABELS = frozenset(
    "nom noms prenom prenoms titulaire cotitulaire co-titulaire adresse telephone tel portable mobile fixe gsm mail e-mail email courriel "
    "contact domicile date naissance ddn civilite offre montant assure assuree beneficiaire conseiller conseillere agent client cliente "
    "motif objet reference ref referent index enfant conjoint conducteur porteur debiteur creancier expert technicien signe signature "
    "ligne service regime periode creneau devis effet famille responsable appelant logement piece note compte numero carte iban rib bic "
    "cin nir agence contrat police societaire adherent abonne souscripteur locataire proprietaire bailleur medecin expediteur "
    "destinataire statut remarque reponse commentaire etage code immatriculation vehicule puissance segment profil identifiant ville "
    "pays nationalite profession employeur nature sinistre lettre principal principale secondaire nouveau nouvelle ancien ancienne "
    "actuel actuelle usage jeune fille postal postale electronique complet complete de du des d l la le "
    "name first last full phone address dob birth account policy customer holder".split()
)
# The small words inside a label ("Date de naissance", "Nom de l'assuré"), never its first word.
LABEL_GLUE = frozenset("de du des d l la le".split())
_ELIDED = regex.compile(r"^[dl]'(?=\w)")


def label_word(word: str) -> str:
    """A word as FORM_LABELS holds it: folded, without an elided article ("l'assuré")."""
    return _ELIDED.sub("", fold(word))
