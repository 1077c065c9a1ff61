"""Escalation alerts: when a case must go to a level-2 human expert, and why.

Rules over the customer's scrubbed turn, in French, English and Spanish, one list of patterns per
reason: a complaint, financial hardship or vulnerability, a legal threat, strong negative emotion,
a request for a manager. Text is folded (lowercase, no accents) first. A trigger right after a
negation that governs it ("je ne vais pas porter plainte", "je n'ai aucune dette") does not fire. A level-2 knowledge entry
that both rankings (lexical and dense) put first is one more reason (a topic only an expert may handle).

Rules are fast (well under a millisecond), explainable (the alert names the words that fired) and
never depend on the LLM being up. The trigger is taken from scrubbed text, so it carries no personal data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from assist.knowledge.index import Hit
from assist.knowledge.lexical import PLACEHOLDER, fold
from assist.privacy.scrubbed import ScrubbedText


class EscalationReason(str, Enum):
    COMPLAINT = "complaint"
    HARDSHIP = "hardship"  # financial hardship or vulnerability
    LEGAL_THREAT = "legal_threat"
    NEGATIVE_EMOTION = "negative_emotion"
    MANAGER_REQUEST = "manager_request"
    LEVEL_2_TOPIC = "level_2_topic"


@dataclass(frozen=True)
class Escalation:
    """Why this turn should go to a level-2 expert: the reason, the words that fired (scrubbed) or the level-2 entry."""

    reason: EscalationReason
    detail: str
    trigger: str = ""
    entry_id: str | None = None
    source: str = "rules"  # or "embedding classifier", "llm": who raised it

    @property
    def label(self) -> str:
        return f"{self.reason.value}: {self.detail}"


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# Patterns run on folded text: lowercase, accents removed, curly apostrophes straightened.
_RULES: dict[EscalationReason, re.Pattern[str]] = {
    EscalationReason.LEGAL_THREAT: _any(
        # fr
        r"\b(?:voir|contacter|appeler|consulter|prendre|saisir|passer par|mandater|prevenir|mettre)\b[^.?!]{0,20}\bavocat(?:e|s|es)?\b",
        r"\b(?:mon|ma|notre|un|une) avocate?\b[^.?!]{0,30}\b(?:va|vous|contactera|ecrira|s'occupe|s'en occupe|se charge|prendra)\b",
        # "j'ai rendez-vous jeudi avec une avocate, je lui apporte les relevés"; not a lawyer for a divorce or an estate
        r"\b(?:rendez-vous|rdv)\b[^.?!]{0,30}\bavocat(?:e|s|es)?\b(?![^.?!]{0,60}\b(?:divorce|succession|separation|heritage|garde)\b)",
        r"\b(?:au|aux|le|les|devant les?|en) (?:tribunal|tribunaux|prud'?hommes|justice)\b", r"\bon se (?:reverra|retrouvera|voit) au tribunal\b",
        # "porter plainte" announced against the company, not the police report a claim needs ("il faut que je porte
        # plainte pour le vol ?", "dès que j'ai porté plainte")
        r"\b(?:vais|va|allons|compte|veux|irai|ferai|vais faire|porterai|deposerai|je porte|je depose)(?: (?:porter|deposer|faire))? (?:une )?plainte\b(?! (?:pour|apres) (?:le|un|ce) (?:vol|cambriolage))(?![^.?!]{0,25}\?)(?! contre (?:le |la |les |un |une |ce |cette |l')(?:camion|voleur|chauffard|conducteur|automobiliste|voisin|cambrioleur|auteur|inconnu|tiers)s?\b)",
        r"\bplainte contre vous\b",
        r"\b(?:devant|voir) (?:le|un) juge\b", r"\bvous assigner\b",
        # sent by the customer, not received: "j'ai reçu une mise en demeure", "mon propriétaire est huissier"
        r"\b(?:envoyer|adresser|envoie|enverrai|adresserai|envoyer|vous faire|faire) (?:une |ma )?(?:mise en demeure|assignation)\b",
        r"\b(?:je vais|j'vais|on va|je compte|je vous) (?:vous )?(?:envoyer|mandater|faire venir|passer par|saisir|prendre) (?:un|mon) huissier\b", r"\bmon huissier\b",
        r"\b(?:il|elle) vous (?:adresse|envoie|enverra|adressera)\b(?! pas\b)(?! la copie)[^.?!]{0,30}\b(?:sommation|mise en demeure|assignation)\b",
        r"\bclcv\b", r"\bfamilles rurales\b", r"\bconsommation logement cadre de vie\b", r"\b(?:centre|association) europeen\w* (?:des|de la) consomm\w*\b",
        r"\bdefense des consommateurs\b",
        # going public as leverage: a journalist, the press, one's own channel or group ("mes abonnés vont adorer")
        r"\b(?:je tiens|j'ai|j'anime|je gere) (?:une|ma) chaine\b", r"\bmes abonnes (?:vont|seront|vont adorer)\b", r"\b(?:je gere|j'anime|je tiens) (?:un|le) groupe facebook\b",
        r"\bjournaliste\w*\b[^.?!]{0,100}\b(?:temoignages?|sujet|enquete|reportage)\b", r"\b(?:alerter|prevenir|contacter|appeler|ecrire a) (?:la presse|les medias|les journaux|un journaliste)\b",
        r"\b(?:je vais|on va|je compte)\b[^.?!]{0,20}\b(?:raconter|publier|balancer|denoncer)\b[^.?!]{0,40}\b(?:reseaux sociaux|facebook|twitter|tiktok|youtube)\b",
        r"\b(?:emmene|amene|traine)\w* (?:une|un|l'|la|le|leur) \w+ jusqu'au bout\b", r"\bjusqu'au bout[^.?!]{0,20}\bils ont gagne\b",
        r"\bpoursuites?(?: judiciaires)?\b", r"\bpoursuivre en justice\b", r"\bvous poursuivre\b", r"\bproces\b(?![- ]verba)",
        r"\bmediat(?:eur|rice|ion)\b", r"\bufc\b", r"\bufc[- ]que choisir\b", r"\b60 millions\b", r"\bassociation de consommateurs?\b",
        r"\bdgccrf\b", r"\bsignal ?conso\b", r"\baction en justice\b", r"\bconciliateur\b",
        # a formal notice sent, a legal insurer or a legal adviser brought in: "je vous ai envoyé un recommandé… c'est une
        # mise en demeure", "j'ai appelé ma protection juridique", "rendez-vous à la maison de justice avec la juriste"
        r"\bc'est une mise en demeure\b", r"\bje vous (?:ai )?(?:envoye|adresse|fait parvenir)\b(?:(?!resiliation)[^.?!]){0,40}\b(?:recommande|mise en demeure)\b",
        r"\b(?:appele|saisi|contacte|prevenu|alerte|mis sur le coup) (?:ma|notre) protection juridique\b", r"\bma protection juridique\b[^.?!]{0,60}\b(?:ouvert un dossier|prendre contact|vous contacter|saisie?)\b",
        r"\b(?:rendez-vous|rdv|consulte|vu|voir|appele)\b[^.?!]{0,60}\b(?:maison de (?:la )?justice|point[- ]justice|un juriste|une juriste|la juriste|le juriste)\b",
        # a court, a group action or a regulator named: "je saisis le juge des contentieux", "on lance une action de groupe",
        # "on se retrouvera à Nanterre", "je signale Assuréa à l'ACPR", "un signalement à la CNIL et à Bloctel"
        r"\bjuge des contentieux\b", r"\bsaisi\w* (?:le|la) (?:juge|tribunal)\b", r"\baction (?:de groupe|collective)\b",
        r"\b(?:contacte|appele|consulte|pris|mandate)\w*\b[^.?!]{0,20}\bcabinet d'avocats?\b",
        r"\bon se (?:retrouvera|reverra) (?:au tribunal|devant\b|a (?!l'|la |le |les |votre |notre )[a-z-]+\s*(?:[.!]|$))",
        r"\b(?:signale\w*|signalement|plainte)\b[^.?!]{0,40}\b(?:acpr|cnil|bloctel|arcep|autorite de controle)\b",
        r"\bsaisi\w* (?:la |l')(?:acpr|cnil|arcep|autorite de controle)\b",
        # evidence gathered for a case: "ça me fera une très belle pièce numéro un"
        r"\b(?:belle|premiere|bonne) piece (?:numero|n°) ?(?:un|1)\b", r"\bpiece (?:numero|n°) ?(?:un|1) (?:du|de mon|de notre|au) dossier\b", r"\bpieces? a conviction\b",
        # en
        r"\b(?:my|our) (?:lawyer|attorney|solicitor)s? (?:will|is going to|'ll|shall)\b", r"\b(?:contact|call|see|instruct|get|involve|speak to) (?:my|a|our) (?:lawyer|attorney|solicitor)\b",
        r"\bsue\b|\bsuing\b", r"\b(?:see you in|take you to|go to) court\b",
        r"\blegal action\b", r"\bombudsman\b", r"\btrading standards\b", r"\bsmall[- ]claims\b", r"\bconsumer (?:centre|center|association|protection (?:agency|office))\b",
        r"\btake (?:it|this|the matter) further\b", r"\btake (?:this|it|you) to court\b", r"\bletter (?:of demand|before action)\b",
        r"\bi run (?:a|the) (?:facebook group|channel)\b", r"\bmy (?:followers|subscribers) (?:will|would)\b", r"\b(?:contact|call|tell) (?:a |the )?(?:journalists?|press)\b",
        r"\b(?:go|going) to the press\b", r"\bput (?:it|this) (?:all )?on social media\b",
        # es
        # a lawyer brought in, not one in the family ("mi hermano es abogado y me ha dicho que guarde las facturas")
        r"\b(?:busc\w*|contrat\w*|llam\w* a|habl\w* con|consult\w*(?: a| con)?|pon\w* en manos de|pas\w* a)\b[^.?!]{0,15}\babogad[oa]s?\b",
        r"\b(?:mi|mis|nuestro|nuestra) abogad[oa]s?\b", r"\bun abogad[oa]\b[^.?!]{0,30}\b(?:les|va a|se pondra|llamara|escribira|contactara)\b",
        r"\bdemandar(?:les|le|los)?\b", r"\b(?:poner|presentar) una denuncia\b", r"\bdenunciar(?:les|los)?\b",
        r"\b(?:llev\w*|ir|vamos|nos vemos|acud\w*|ire|iremos|denunci\w*|demand\w*|acabar|terminar)\b[^.?!]{0,20}\b(?:al|a los|ante el|ante los|en el|en los) (?:juzgados?|tribunales?|juez)\b", r"\boficina (?:municipal )?de(?:l)? consum\w*\b", r"\bocu\b", r"\bfacua\b", r"\bomic\b",
        r"\basociacion de consumidores\b", r"\bburofax\b", r"\brequerimiento (?:formal|fehaciente)\b",
        r"\b(?:acudo|acudire|ire|voy|llamare|escribire|recurrire)\b[^.?!]{0,15}\b(?:mediador|defensor del cliente|arbitraje de consumo)\b",
        r"\bperiodistas?\b[^.?!]{0,40}\b(?:contar|publicar|enterar)\w*\b|\b(?:contar|llamar|escribir)\w*\b[^.?!]{0,30}\b(?:periodistas?|la prensa)\b",
        r"\b(?:voy a|vamos a|pienso|lo voy a|lo vamos a)\s+(?:subir|publicar|colgar|contar)\w*\b[^.?!]{0,30}\b(?:redes(?: sociales)?|twitter|facebook|tiktok|instagram|youtube)\b",
    ),
    EscalationReason.MANAGER_REQUEST: _any(
        # fr
        r"\b(?:parler|passer|voir|avoir|joindre|contacter|transferer|mettre en relation)\b[^.?!]{0,30}\b(?:responsable|superieure?|chef|manager|superviseu?[rs]e?|directeur|directrice|hierarchie)\b",
        r"\bpassez[- ]moi\b[^.?!]{0,30}\b(?:responsable|superieure?|chef|manager|superviseu?[rs]e?|direct\w*|quelqu'un)\b",
        r"\bquelqu'un (?:d'autre|de competent|de plus haut|au[- ]dessus|de plus qualifie|qui peut decider|de responsable)\b",
        r"\bau[- ]dessus de vous\b", r"\b(?:parler|passer|veux|voudrais|exige|avoir)\b[^.?!]{0,20}\bquelqu'un qui (?:encadre|supervise|chapeaute|manage)\b",
        r"\bque (?:la|votre) direction(?: regionale| generale| du service| clientele)?\b[^.?!]{0,15}\b(?:m'appelle|me rappelle|me contacte|me telephone|me recontacte)\b",
        r"\b(?:votre|sa|leur) hierarchie\b", r"\bun superieur\b", r"\bn\+1\b", r"\bcelui qui est au[- ]dessus\b",
        r"\b(?:veux|voudrais|aimerais|exige|demande|parler a|passez[- ]moi)\b[^.?!]{0,30}\b(?:la personne|celui|celle) qui (?:organise|decide|dirige|gere le service)\b",
        r"\b(?:veux|voudrais|aimerais|exige)\b[^.?!]{0,40}\b(?:directeur|directrice)\b",
        # someone with the power to decide, without the word "responsable": "quelqu'un qui a le pouvoir de décider"
        r"\b(?:quelqu'un|une personne|la personne|un interlocuteur)\b[^.?!]{0,10}\b(?:qui (?:a le pouvoir|a la main|peut trancher|prend les decisions|decide|peut decider)|(?:qui a |avec )(?:de l'|l')?autorite|habilite\w*)\b",
        r"\b(?:quelqu'un|une personne|la personne)\b[^.?!]{0,30}\bqui a (?:plus de|davantage de) (?:latitude|pouvoir|marge|poids|autorite)\b",
        r"\btrouvez[- ]moi (?:la personne|quelqu'un|celui|celle) qui (?:l'a|a la main|decide|peut decider|a le pouvoir)\b",
        # "quelqu'un de plus gradé", "la personne qui vous encadre"
        r"\bcette personne(?:-la| la)? que je veux (?:au telephone|avoir|en ligne|joindre)\b",
        r"\b(?:passez|appelez)[- ]moi (?:m\.|monsieur|madame|mme) <person",  # "appelez-moi M. <PERSON_1> : lui, il saura faire un effort"
        r"\bconseiller senior\b", r"\b(?:par|veux|voudrais|exige|demande|passez[- ]moi)\b[^.?!]{0,40}\bquelqu'un d'experimente\b",
        r"(?:^|[.!?] )qui (?:le )?peut\s*\?",  # "vous ne pouvez rien faire. Qui peut ?"
        r"\b(?:quelqu'un|personne|une personne)\b[^.?!]{0,10}\bplus grade\w*\b", r"\b(?:la personne|celui|celle|quelqu'un) qui vous (?:encadre|supervise|dirige|manage)\b",
        r"\b(?:que|qu') ?(?:un|une|votre|le|la) (?:responsable|superieure?|chef|manager|directeur|directrice)\b[^.?!]{0,40}\b(?:me rappelle|me contacte|me recontacte|me telephone)\b",
        # en
        r"\b(?:speak|talk|put me through|transfer me) (?:to|with) (?:a|your|the|someone|somebody) ?(?:manager|supervisor|superior|boss|senior|in charge|higher up|else)?\b(?:manager|supervisor|superior|boss|senior|in charge|higher up|else)\b",
        r"\b(?:get|want|need) (?:me )?(?:a|your|the) (?:line |team |floor )?(?:manager|supervisor|superior|boss)\b(?! (?:to sign|to approve|for (?:the|an?) ))", r"\bescalate (?:this|it|my)\b",
        r"\bsomeone (?:with (?:real |proper |actual )?(?:authority|power)|who can (?:actually )?(?:decide|make decisions|sign (?:it|this) off)|more senior|higher up)\b",
        r"\b(?:manager|supervisor|superior|boss)\b[^.?!]{0,30}\b(?:call me back|ring me back|contact me)\b",
        r"\b(?:who|someone who|somebody who) can\b[^.?!]{0,20}\bput (?:him|her|them|someone|somebody) on the (?:phone|line)\b",
        # es
        r"\b(?:hablar con|paseme con|pasame con|pongame con|pasar con|quiero al?) (?:el|un|su|tu|al?) ?(?:responsable|supervisor|supervisora|encargado|encargada|jefe|jefa|gerente|superior)\b",
        r"\b(?:paseme|pasame|pongame|ponme|pasemelo|pasemela)\b[^.?!]{0,10}\b(?:otra persona|otro (?:agente|companero)|su superior|su jefe|su responsable)\b",
        r"\b(?:alguien|una persona)\b[^.?!]{0,10}\b(?:por encima de usted|encima de usted|que mande|(?:con|que tenga) (?:mas )?autoridad|que (?:si )?pueda decidir|de mas arriba)\b",
        r"\bquiero hablar con alguien que si pueda\b", r"\bno quiero (?:seguir hablando|hablar mas) con usted\b",
    ),
    EscalationReason.COMPLAINT: _any(
        # fr
        r"\breclamations?\b", r"\b(?:me|vous) plaindre\b", r"\bje (?:vais )?(?:me )?plain[st]\b", r"\bporter reclamation\b",
        r"\b(?:troisieme|quatrieme|cinquieme|dixieme|enieme|ixieme|\d+e|\d+eme) fois\b",
        r"\bcombien de fois\b[^.?!]{0,25}\b(?:dire|repeter|appeler|rappeler|expliquer|ecrire|relancer|signaler)\b",
        r"\b(?:plusieurs|trois|quatre|cinq|six|dix|\d+) fois\b[^.?!]{0,40}\b(?:signale|appele|ecrit|explique|rappele|relance|reclame|dit)\b",
        r"\b(?:deja|toujours) (?:signale|appele|relance|ecrit)\b[^.?!]{0,30}\b(?:plusieurs|trois|quatre|cinq|\d+) fois\b",
        r"\b(?:que|faire) (?:ca |cela |mon dossier |le probleme |l'information )?remonte[rz]?\b", r"\bremonter (?:ca|cela|mon dossier|le probleme|l'information)\b",
        r"\btres (?:mecontente?|decue?)\b", r"\bmecontente?s?\b",
        r"\b(?:service|gestion|suivi|traitement)\b[^.?!]{0,20}\b(?:lamentable|deplorable|catastrophique|scandaleux|inadmissible)\b",
        r"\btoujours (?:rien|pas) (?:recu|regle|resolu|rembourse|repare)\b", r"\bpersonne ne (?:me )?(?:rappelle|repond)\b",
        r"\bje conteste\b[^.?!]{0,40}\b(?:officiellement|formellement|par ecrit|par courrier|en recommande)\b", r"\b(?:contestation|reclamer) (?:officielle|formelle|par ecrit)\b",
        r"\b(?:pas d'accord|conteste)\b[^.?!]{0,60}\b(?:revu|revoir|reexamin\w*|recalcul\w*)\b",
        r"\b(?:appele|ecrit|relance|signale)\b[^.?!]{0,25}\b(?:deux|trois|quatre|cinq|six|plusieurs|\d+) fois\b",
        r"\b(?:deux|trois|quatre|cinq|\d+) factures? fausses?\b", r"\bfactures? fausses? d'affilee\b", r"\bpromis\b[^.?!]{0,40}\bjamais (?:venu|arrive|eu lieu|rappele)\b",
        r"\b(?:deux|trois|quatre|cinq|\d+) appels\b[^.?!]{0,15}\b(?:deux|trois|quatre|cinq|\d+) promesses\b", r"\bon me (?:jure|promet)\b[^.?!]{0,80}\bjamais rien\b",
        r"\b(?:pas|plus) d'accord(?: du tout)? avec (?:ce|le|son|votre|cette|la) (?:rapport|expertise|chiffrage|estimation|evaluation|indemnisation|decision)\b",
        # a formal, written record demanded: "que mon désaccord soit enregistré officiellement", "mis par écrit, transmis tel quel"
        r"\b(?:desaccord|contestation|plainte|mecontentement)\b[^.?!]{0,30}\b(?:enregistre|consigne|note|trace)e?s? (?:officiellement|formellement|par ecrit)\b",
        r"\b(?:soit|soient|etre) (?:mis|consigne|note|enregistre)e?s? par ecrit\b[^.?!]{0,40}\b(?:transmis|repond\w*|signature)\b",
        r"\bqu'on me reponde (?:noir sur blanc|avec une signature)\b",
        # a written record of the dispute demanded: "vous les mettez noir sur blanc dans mon dossier", "que vous marquiez
        # quelque part que je suis pas contente", "qu'on m'explique par écrit où sont passés…", "que quelqu'un la lise"
        # (a written answer alone is not one: "je veux qu'on me réponde par écrit pour le devis")
        r"\bnoir sur blanc\b", r"\bm'expliqu\w* par ecrit\b",
        # a dispute opened, a file number demanded, compensation asked: "vous ouvrez un litige officiel", "repris par le service
        # qui gère les litiges", "je ne raccroche pas sans un numéro", "ces trois jours-là, qui les paie ?"
        r"\blitige (?:officiel|formel)\b", r"\bouvr\w* un litige\b", r"\bservice (?:qui gere les|des) litiges\b", r"\bje (?:ne )?raccroche pas sans\b",
        r"\bqui (?:les|me|nous) (?:paie|paye|rembourse)\s*\?",
        r"\b(?:marquiez|notiez|ecriviez|mettiez|inscriviez|soit ecrit|soit marque|soit note)\b[^.?!]{0,15}\bquelque part\b", r"\bque quelqu'un (?:la|le|les) lise\b",
        r"\b(?:reprenne|reprendre|reprenniez|reexamine|reexaminer)\w* (?:ce|mon|le) dossier depuis le debut\b",
        # en
        r"\b(?:make|file|lodge|raise|submit|put in) (?:a )?(?:formal )?complaint\b", r"\bcomplain(?:ing|t)?\b",
        r"\b(?:overcharged|overcharging) (?:me|us)\b|\bbeen overcharged\b", r"\b(?:called|written|emailed|rung|phoned)\b[^.?!]{0,25}\b(?:twice|three times|several times|\d+ times)\b",
        r"\b(?:third|fourth|fifth|\d+(?:th|rd)) time\b", r"\bhow many times\b",
        r"\bon (?:the )?record\b[^.?!]{0,30}\bin writing\b",
        r"\bgrievance\b",
        # es
        r"\b(?:poner|presentar|hacer|registr\w*|tramit\w*) (?:una )?(?:reclamacion|queja)\b", r"\bhoja de reclamaciones\b", r"\bquejarme\b",
        r"\bqueja formal\b", r"\bmi (?:reclamacion|queja)\b", r"\bpara reclamar\b", r"\bquede constancia\b", r"\bimpugnar\b", r"\bcontesto oficialmente\b",
        r"\b(?:abran|abrir|abra) (?:un )?expediente\b", r"\brespuesta por escrito\b",
        r"\b(?:tercera|cuarta|quinta) vez\b",
    ),
    EscalationReason.HARDSHIP: _any(
        # fr: money
        r"\b(?:je )?(?:ne |n')?(?:peux|pourrai|pourrais|arrive|arriverai|parviens|suis pas en mesure de|suis plus en mesure de) (?:pas|plus) (?:a )?(?:payer|regler|rembourser|faire face|tout payer)\b",
        r"\bpeux (?:pas|plus) (?:payer|regler)\b", r"\b(?:euros?|€) (?:qu'on|que (?:je|nous)) n'(?:a|ai|avons) pas\b", r"\b(?:pas|plus) (?:les )?moyens\b", r"\b(?:pas|plus|peu) (?:d'|trop d'|assez d'|beaucoup d')argent\b",
        r"\b(?:boucler|finir|terminer) (?:les|mes) fins de mois\b", r"\bpas de quoi (?:finir|terminer|boucler|payer|manger)\b",
        r"\b(?:m'en|s'en|nous en) sor(?:s|t|tons)? (?:pas|plus)\b", r"\bsurendett\w*\b", r"\bbanque de france\b", r"(?<!viens de sortir du )(?<!vient de sortir du )(?<!suis sorti du )(?<!suis sortie du )\bchomage\b", r"\b(?:perdu|perd) (?:mon|son) (?:travail|emploi|boulot|job)\b",
        r"\blicencie\w*\b", r"\brsa\b", r"\bminima sociaux\b", r"\baah\b", r"\bdifficultes? (?:financieres?|a payer|de paiement|a regler)\b",
        r"\b(?:m'en|s'en) sortir\b", r"\bendette\w*\b", r"\b(?:croule\w* sous|plein de|trop de|beaucoup de|criblee? de) dettes\b", r"\bdecouvert\b", r"\bcheque energie\b[^.?!]{0,40}\bsuffi\w*\b",
        r"\bgalere\w*\b[^.?!]{0,30}\b(?:argent|payer|finances?|mois)\b", r"\bsituation (?:financiere )?(?:difficile|compliquee|precaire)\b",
        r"\b(?:l'usine|l'entreprise|la boite) a ferme\b", r"\bliquidation judiciaire\b",
        r"\bn'y aura (?:plus )?rien (?:dessus|sur le compte)\b", r"\bc'est (?:lui|elle) qui travaillait\b",  # "le 12, il n'y aura rien dessus. C'est lui qui travaillait."
        r"\bje (?:ne )?vois (?:presque )?plus rien\b(?! (?:sur|dans|a l'ecran|de))",
        # not heating, sleeping elsewhere, a home lost, fleeing a partner: "on ne chauffe plus que la cuisine", "des bouillottes pour
        # ne pas allumer les radiateurs", "le propriétaire dit que c'est inhabitable", "partie de la maison en pleine nuit avec les enfants"
        r"\b(?:ne )?chauff\w* plus\b", r"\bpour ne pas (?:allumer|mettre|chauffer)\b[^.?!]{0,20}\b(?:radiateurs?|chauffage)\b", r"\bbouillottes?\b",
        r"\binhabitable\b", r"\b(?:on|nous) dor(?:t|mons) (?:tous )?chez (?:ma|mon|des|une|un)\b", r"\bdort dans (?:le|un) tiroir\b",
        r"\bpartie? (?:de la maison|de chez (?:moi|nous)|du domicile)\b[^.?!]{0,60}\b(?:avec (?:les|mes) enfants|en pleine nuit)\b",
        r"\b(?:il|elle) ne doit pas (?:avoir|connaitre|savoir|trouver) (?:ma|mon) (?:nouvelle )?(?:adresse|numero)\b", r"\bviolences? conjugales?\b",
        r"\b(?:mon|ma|son|sa) (?:mari|conjoint|compagnon|concubin|copain|ex|femme|compagne)\b(?:(?!\bque\b)[^.?!,]){0,25}\b(?:est|etait|devient|devenu|devenue) (?:tres )?violente?\b",
        r"\b(?:il|elle) me (?:frappe|frappait|bat|battait)\b(?! (?:au|aux|a|toujours au|tout le temps au)\b)", r"\bfemmes? battues?\b",
        # a court's protection: "j'ai une ordonnance de protection", "il a interdiction de m'approcher", "il y a eu des violences"
        r"\bordonnance de protection\b", r"\b(?:il|elle) a (?:l')?interdiction de (?:m'|me |nous )(?:approcher|contacter)\b", r"\binterdiction de m'approcher\b",
        r"\bil y a eu des violences\b(?! (?:policieres|urbaines|dans le quartier|a la manif))",
        r"\bje (?:ne )?sais pas comment (?:je vais|on va) (?:la |le |les )?(?:sortir|payer|regler)\b(?!\s*,?\s*(?:par|avec|en)\b)",
        r"\b(?:la banque|ma banque)\b[^.?!]{0,30}\bbloque\w* (?:la|ma) carte\b(?![^.?!]{0,30}\b(?:perdu|vol|oubli|code)\w*)",
        # fr: vulnerability
        r"\bdecede\w*\b", r"(?<!assurance )\bdeces\b", r"\b(?:faire jouer|declencher) l'assurance deces\b", r"\bassurance deces de (?:mon|ma)\b", r"\bveu(?:f|ve)\b", r"\bveuvage\b", r"\bobseques\b", r"\benterrement\b",
        r"\bnous a quitte\w*\b", r"\bm'a quitte\w* (?:le mois|la semaine|hier|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|il y a)\b",
        r"\bmalvoyant\w*\b", r"\baveugle\b", r"\bnon[- ]voyant\w*\b", r"\bsourde?\b(?! ou quoi)", r"\bmalentendant\w*\b", r"\bmaison de retraite\b", r"\behpad\b",
        r"\balzheimer\b", r"\baccident vasculaire\b|\bavc\b", r"\b(?:appareil|machine|masque)\b[^.?!]{0,40}\brespirer\b", r"\bn'y (?:comprends|comprend) rien\b",
        r"\bperdu (?:mon|ma|mes) (?:mari|epoux|femme|epouse|pere|mere|fils|fille|enfants?|conjoint|compagne?|compagnon)\b",
        r"(?<!en faire une )\bmaladie\b", r"\bmalade\b", r"\bcancer\b", r"\bchimio\w*\b", r"\bhospitalise\w*\b", r"\bhopital\b", r"\bdialyse\b",
        r"\bsclerose en plaques\b", r"\bparkinson\b", r"\b(?:maladie de )?charcot\b", r"\bmyopathie\b", r"\bmucoviscidose\b", r"\bleucemie\b",
        r"\btumeur\b", r"\binsuffisan(?:ce|t|te) (?:renale|cardiaque|respiratoire)\b", r"\bsoins palliatifs\b", r"\bfin de vie\b",
        r"\baffection (?:de )?longue duree\b",  # serious and long illnesses by name
        r"\bhandicap\w*\b", r"\binvalidite\b", r"\bfauteuil roulant\b", r"\boxygene\b", r"\bassistance respiratoire\b",
        r"\bje me deplace en fauteuil\b", r"\b(?:une|l') attaque (?:que j'ai|qu'il a|qu'elle a) (?:faite|eue)\b", r"\b(?:fait|eu) (?:une attaque|un infarctus)\b(?! informatique| de)",
        r"\b(?:le|mon) (?:docteur|medecin)\b[^.?!]{0,30}\b(?:a dit fini|interdit|plus le droit)\b",
        r"\b(?:appareil|equipement|materiel) medical\b", r"\bdepression\b", r"\bsuicid\w*\b", r"\ben finir\b",
        r"\bseule? avec (?:mes|les|\w+) (?:\w+ )?(?:enfants|petits|gosses)\b", r"\bj'ai (?:8\d|9\d) ans\b", r"\b(?:8\d|9\d) ans\b[^.?!]{0,20}\b(?:seule?|perdue?)\b",
        r"\bje (?:ne )?(?:comprends|m'y retrouve) plus rien\b", r"\bje (?:ne )?m'y retrouve plus\b(?! dans (?:votre|vos|le|les|l'|ce|cette) ?(?:site|appli\w*|espace|menus?|application))", r"\bdepuis que je suis (?:toute seule|seule)\b",
        r"\bj'ai quatre[- ]vingts?[- ](?:et[- ])?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix[- ]\w+)? ?ans\b", r"\bsous tutelle\b|\bcuratelle\b",
        # en
        r"\bcan'?t (?:afford|pay)\b", r"\bcannot (?:afford|pay)\b", r"\bunable to pay\b", r"\blost my job\b", r"\bunemployed\b", r"\bredundan\w*\b",
        r"\bonly allowed to work\b",
        r"\bon benefits\b", r"\bin debt\b", r"\bfinancial (?:difficult\w*|hardship|trouble)\b", r"\bstruggling (?:to pay|financially|with money)\b",
        r"\bbereave\w*\b", r"\bmaternity pay\b", r"\b(?:the )?rent takes (?:almost |nearly )?all\b", r"\bpassed away\b", r"\bdied\b", r"\bwidow\w*\b", r"\bseriously ill\b", r"\bterminally ill\b|\bterminal (?:illness|cancer|diagnosis)\b", r"\bpalliative\b", r"\bmultiple sclerosis\b", r"\bparkinson'?s\b", r"\billness\b", r"\bcancer\b", r"\bhospital\b",
        r"\bdisab\w*\b", r"\boxygen\b", r"\bmedical equipment\b", r"\bcare home\b", r"\bpartially sighted\b|\bblind\b", r"\bdon'?t know (?:where to start|what to do)\b",
        # es
        r"\bno (?:puedo|podre|podemos) pagar\b", r"\bno llego a fin de mes\b", r"\b(?:estoy|esta|sigo|sigue|me quede|se quedo|me he quedado|se ha quedado|quede|seguimos|estamos|estan) en (?:el )?paro\b", r"\bdesemplead\w*\b",
        r"\bperdi (?:mi|el) (?:trabajo|empleo)\b", r"\b(?:muchas|demasiadas|llena? de) deudas\b", r"\bfalleci\w*\b", r"\bmurio\b", r"\bviud[oa]\b", r"\benferm\w*\b",
        r"\bhospital\b", r"\bdiscapacidad\b", r"\bdiscapacitad[oa]\b", r"\boxigeno\b", r"\bvivo sol[oa]\b", r"\btengo (?:8\d|9\d) anos\b",
        r"\bde baja\b[^.?!]{0,20}\b(?:depresion|enfermedad|cancer|medica)\b", r"\bdepresion\b", r"\bsin calefaccion\b[^.?!]{0,40}\bahorrar\b",
        r"\bno tengo (?:dinero|un duro|ni un euro)\b", r"\bdebo dinero a\b", r"\b(?:cobro|vivo con|vivo del) (?:el )?paro\b",
        r"\b(?:pagar|pago|euros?|factura|regularizacion)\b[^.?!]{0,30}\bimposible para mi\b", r"\bimposible para mi pagar\b",
    ),
    EscalationReason.NEGATIVE_EMOTION: _any(
        # fr
        r"\b(?:voleurs?|escrocs?|arnaqueurs?|incompetents?|guignols|minables|pourris|charlatans|menteurs?|bons a rien)\b", r"\b(?:bande de|des) nuls\b",
        # "c'est une arnaque", "vous m'arnaquez"; not "je me méfie des arnaques"
        r"\b(?:c'est (?:une|de l')|quelle|vraie|belle) arnaque\b", r"\barnaqueurs?\b", r"\bm'arnaqu\w*\b", r"\barnaquez\b",
        r"\bfout\w* de (?:ma|la|notre) gueule\b", r"\bfoutage de gueule\b", r"\bse fout\w*\b", r"\bmerde\b", r"\bputain\b", r"\bbordel\b",
        r"\bras[- ]le[- ](?:bol|cul)\b", r"\bmarre\b", r"\b(?:je )?(?:n')?en peux plus\b", r"\bje craque\b", r"\ba bout\b(?! de souffle)", r"\bau bout du rouleau\b",
        r"\bexcede\w*\b", r"\binadmissible\b", r"\binacceptable\b", r"\bscandal\w*\b", r"\bhonteux\b", r"\bune honte\b", r"\bintolerable\b",
        r"\binsupportable\b", r"\brevoltant\b", r"\bdegoute\w*\b", r"(?<!serait )(?<!seraient )\bfurieu(?:x|se)\b", r"(?<!serait )(?<!seraient )\ben colere\b", r"\bhors de moi\b", r"\benerve\w*\b",
        r"\bpete(?:r)? un cable\b", r"\bje pleure\b", r"\ben larmes\b", r"\ben pleurs\b", r"\b(?:je|j'ai|me fait|m'a fait|m'avez fait|fait) pleur\w*\b",
        r"\bdesespere\w*\b", r"\bangoiss\w*\b",
        r"\bau bord des larmes\b", r"\bcomme une gifle\b", r"\bje (?:ne )?mange plus\b(?! de\b| d')", r"\bje (?:ne )?vois plus personne\b",
        r"\bje (?:ne )?me leve (?:meme pas|plus)\b",
        r"\bje (?:ne )?(?:dors|dormais) plus\b", r"\bj'en dors plus\b", r"\bje (?:n')?en dors plus\b", r"\bj'ai honte\b",
        r"\bje (?:ne )?tiens plus\b(?! a)", r"\b(?:pas|plus) ferme l'oeil\b", r"\bje tremble\b", r"\b(?:nous|me) prenez pour des? (?:vaches? a lait|pigeons?|cons?|idiots?|imbeciles?|pommes?)\b",
        r"\bje (?:suis|me sens) (?:a bout(?! de souffle)|epuisee?|detruite?|perdue?)\b",
        # the body and the nights say it: "j'ai l'estomac noué", "les mains qui tremblent", "je passe mes nuits à regarder le mur";
        # and irony about the service: "bravo à toute l'équipe, c'est du beau travail, on devrait vous décorer"
        r"\b(?:l'estomac|le ventre) noue\b", r"\bdes sueurs froides\b(?![^.?!]{0,40}\b(?:finalement|c'etait bon|plus de peur que de mal))",
        r"\ba deux doigts d(?:e |')(?:tout )?(?:craquer|exploser|envoyer|peter|lacher|plaquer)\w*\b", r"\ble c(?:oe|œ)ur qui (?:cogne|bat a (?:cent|\d+)|s'emballe)\b", r"\bles mains (?:trempees|moites)\b", r"\bje sursaute\b",
        r"\bje (?:ne )?(?:peux|supporte) plus (?:rester|etre|dormir) seule?\b", r"\bmains qui tremblent\b", r"\bje passe mes nuits\b", r"\bregarder le mur\b",
        r"\bhogra\b", r"\bva mal finir\b", r"\bje me sens humiliee?\b", r"\bcomme (?:une|un) fraudeu(?:se|r)\b", r"\bplus la force\b", r"\bon compte pour rien\b",
        r"\bon devrait vous decorer\b", r"\bbravo\b[^.?!]{0,30}\b(?:toute l'equipe|beau travail|quel service)\b", r"\bje vais (?:meme )?le faire encadrer\b",
        r"\bvous etes(?: tous)?(?: completement)? (?:malades|fous|folles|cingles|tares|dingues)\b", r"\ballez au diable\b",
        r"(?:^|[,;:!?.] ?)espece d(?:e |')\w+", r"\b(?:vous etes|t'es|tu es) (?:bouchee?|sourde?) ou quoi\b",
        r"\b(?:envie de|vais|finir par) (?:balancer|jeter|exploser) (?:ce|le|mon) telephone\b", r"\bfoutez?[- ]moi la paix\b", r"\bc'est n'importe quoi\b",
        # en
        r"\bfed up\b", r"\bsick (?:and tired )?of\b", r"\bfurious\b(?! with myself)", r"\boutrageous\b", r"\bdisgrace(?:ful)?\b", r"\bunacceptable\b",
        r"\bscam\w*\b", r"\bthieves\b", r"\bcrooks?\b", r"\buseless\b", r"\bincompetent\b", r"\bpathetic\b", r"\bfuck\w*\b", r"\bbloody\b",
        r"\bcrying\b", r"\b(?:so|really|very|absolutely) angry\b", r"\b(?:i'm|i am) (?:honestly |literally )?shaking\b", r"\bin tears\b", r"\bend of my tether\b", r"\bcan'?t take (?:it|this) any ?more\b", r"\bdesperate\b", r"\bridiculous\b",
        # es
        r"\bhart[oa]s?\b", r"\bestafa\w*\b", r"\bladrones\b", r"\bverguenza\b", r"\binaceptable\b", r"\bindignante\b", r"(?<!pondria )(?<!pondrian )\bfurios[oa]\b",
        r"\bincompetentes?\b", r"\bno puedo mas\b", r"\bllorando\b", r"\bdesesperad[oa]\b", r"\bsinverguenzas?\b", r"\bme cago en\b",
        r"\btemblando de (?:la )?rabia\b", r"\bque rabia\b", r"\bganas de gritar\b", r"\bindignad[oa]\b",
    ),
}
# A negation that governs the trigger cancels it: "je ne vais pas porter plainte", "pas besoin de parler à votre
# responsable", "no need to speak to a manager", "je n'ai aucune dette". It must end right before the trigger (one word
# may sit between), so "ça ne sert à rien, je veux parler à votre responsable" or "on ne m'a jamais rappelé, c'est la
# troisième fois" still fire.
_NEGATION = re.compile(
    r"(?:\b(?:ne|n')\s*(?:[\w']+\s+){1,2}(?:pas|jamais|plus|aucune?)(?:\s+[\w']+)?"
    r"|\b(?:vais|veux|vas|va|compte|peux|voulais) (?:pas|jamais|plus)(?:\s+vous\s+faire(?:\s+[\w']+)?|(?:\s+[\w']+)?)"  # spoken French drops the "ne"
    r"|\bc'?est (?:pas|plus) que\s*(?:je |j'|j )?"
    r"|\b(?:pas|plus|aucun) besoin d(?:e|')\s*(?:[\w']+)?"
    r"|\bsans(?:\s+[\w']+)?|\bnot(?:\s+[\w']+){0,2}|\bnever(?:\s+[\w']+)?|\bno need (?:for|to)(?:\s+[\w']+){0,2}"
    r"|\bdon'?t (?:want|need)(?: to| a)?(?:\s+[\w']+)?|\bno (?:quiero|necesito)(?:\s+[\w']+)?|\bnunca(?:\s+[\w']+)?)\s*$"
)
# Not a case for an expert: a death given as long past, right after the word ("mon grand-père, décédé en 2010"), and
# money tight for a few days, played down right after ("à découvert le 3, […] rien de grave, une question de calendrier").
# Only those triggers: an illness "depuis 2005" or a death "hier, rien de grave pour la facture" still fire.
_DEATH = re.compile(r"decede|deces|veu(?:f|ve)|obseques|enterrement|quitte")
_LONG_AGO = re.compile(r"^\s*,?\s*(?:en (?:19\d\d|20[01]\d)|il y a (?:longtemps|des annees|\d{2,} ans|(?:cinq|six|sept|huit|neuf|dix|quinze|vingt|trente) ans))\b")
_MONEY = re.compile(r"decouvert|fins? de mois|argent|moyens|payer|regler|pagar")
_NOT_NOW = re.compile(
    r"^\s*(?:la|maintenant|tout de suite|pour l'instant)?\s*[,.!]?\s*(?:je suis (?:au volant|en voiture|en reunion|au travail|au boulot|sur la route|en deplacement)"
    r"|(?:par|avec (?:ma|la|une)) carte|sur (?:le|votre) site|en ligne|sur l'appli"
    r"|(?:ahora|ahora mismo)?\s*,?\s*(?:porque )?estoy (?:en el trabajo|conduciendo|trabajando)|con tarjeta|por la (?:web|app))"
)  # "je ne peux pas payer là, je suis au volant", "je ne peux pas payer par carte"
# ... unless the same sentence says money is short: "pas payer par carte, je n'ai plus rien sur le compte"
_SHORT = re.compile(r"\b(?:plus rien|rien sur (?:le|mon) compte|sans (?:un|le moindre) (?:euro|sou|rond)|pas d'argent|plus d'argent|pas les moyens|"
                    r"no me llega|sin un euro|no tengo dinero|cancelad[oa]|expuls\w*|a decouvert)\b")
# a trigger word that is about someone's job or an apology, not a complaint or anger: "ma belle-sœur bosse chez vous au
# service réclamations", "désolé de m'être énervé", "pardon, je me suis un peu énervé"
_ASIDE = re.compile(
    r"\b(?:bosse|travaill\w*|est|sont|etait)\b(?: chez vous)?,? (?:au|dans le) service (?:des )?reclamations?\b"
    r"|\b(?:desole\w*|pardon|excusez|m'excuse)\b[^.?!]{0,25}\b(?:m'etre|me suis|d'avoir ete|j'etais) (?:un peu |trop )?enerve\w*"
    r"|\b(?:(?:greffi|juge|avocat|huissi|magistrat|secretaire|clerc|stagiaire|agent)\w*|travaill\w*|bosse\w*) (?:au|aux) (?:tribunal|tribunaux|prud'?hommes)\b"  # "je suis greffière au tribunal", "elle travaille aux prud'hommes"
    r"|\bjamais eu (?:a|de raison de) (?:me|nous) plaindre\b"  # "je n'ai jamais eu à me plaindre de vous"
    # a job at a hospital or a care home: "je suis aide-soignante en EHPAD", "ma femme est infirmière à l'hôpital"
    r"|\b(?:(?:infirmi|aide-soignant|aide soignant|brancardi|interne|secretaire medical|kine|medecin)\w*|travaill\w*|bosse\w*) "
    r"(?:a l'|au |en |dans (?:un |une |l'))(?:hopital|ehpad|clinique|maison de retraite)\b"
)
_QUOTED = re.compile(r"\b(?:marque|ecrit|indique|mentionne)\s*[:«\"']*\s*(?:le |la |l')?$")  # "il y a marqué « médiateur … », c'est à eux ?"
_PLAYED_DOWN = re.compile(r"^.{0,60}?\b(?:rien de grave|question de calendrier|juste (?:le|un) decalage)\b")
_SHOUTING_WORDS = 4
_ORDER = (EscalationReason.LEGAL_THREAT, EscalationReason.MANAGER_REQUEST, EscalationReason.HARDSHIP, EscalationReason.COMPLAINT, EscalationReason.NEGATIVE_EMOTION)
_DETAIL = {
    EscalationReason.COMPLAINT: "the customer makes or announces a complaint",
    EscalationReason.HARDSHIP: "financial hardship or vulnerability",
    EscalationReason.LEGAL_THREAT: "legal threat",
    EscalationReason.NEGATIVE_EMOTION: "strong negative emotion",
    EscalationReason.MANAGER_REQUEST: "the customer asks for a manager",
}


class EscalationDetector:
    """``detect(turn_text, hits)`` returns every reason found in the turn (most serious first), or none."""

    def detect(self, text: ScrubbedText, hits: Sequence[Hit] = ()) -> list[Escalation]:
        if not isinstance(text, ScrubbedText):
            raise TypeError("escalation rules read scrubbed text only")
        folded = fold(text.text.replace("’", "'").replace("`", "'"))
        found = []
        for reason in _ORDER:
            trigger = self._first_trigger(_RULES[reason], folded, hardship=reason is EscalationReason.HARDSHIP)
            if trigger is None and reason is EscalationReason.NEGATIVE_EMOTION:
                trigger = _shouting(text.text)
            if trigger is not None:
                found.append(Escalation(reason, _DETAIL[reason], trigger))
        best = hits[0] if hits else None
        if best is not None and int(best.entry.metadata.get("level", 1)) >= 2 and best.lexical_rank == 1 and best.dense_rank == 1:
            found.append(Escalation(EscalationReason.LEVEL_2_TOPIC, f"level-2 topic: {best.entry.title}", entry_id=best.entry.id))
        return found

    @staticmethod
    def _first_trigger(rule: re.Pattern[str], folded: str, *, hardship: bool = False) -> str | None:
        for match in rule.finditer(folded):
            if _NEGATION.search(folded[max(0, match.start() - 40) : match.start()]):
                continue
            after = folded[match.end() : match.end() + 80]
            if hardship and _DEATH.search(match.group(0)) and _LONG_AGO.search(after):
                continue  # "décédé en 2010": a death long past
            if hardship and _MONEY.search(match.group(0)) and (_PLAYED_DOWN.search(after) or (_NOT_NOW.search(after) and not _SHORT.search(after))):
                continue  # "à découvert le 3, rien de grave": money tight for a few days; "pas payer là, je suis au volant"
            if _QUOTED.search(folded, 0, match.start()) and "?" in folded[match.end() : match.end() + 80]:
                continue  # a word read from a document, asked about
            if any(aside.start() <= match.start() and match.end() <= aside.end() for aside in _ASIDE.finditer(folded)):
                continue
            return match.group(0).strip()
        return None


def _shouting(text: str) -> str | None:
    """Four or more words in capitals, most of the turn: the written form of shouting."""
    words = re.findall(r"[^\W\d_]{2,}", PLACEHOLDER.sub(" ", text))
    upper = [w for w in words if w.isupper()]
    if len(upper) >= _SHOUTING_WORDS and len(upper) >= 0.6 * len(words):
        return " ".join(upper[:6])
    return None
