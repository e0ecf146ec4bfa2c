// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotext.h"

#include <initializer_list>
#include <QChar>
#include <QHash>

namespace lanterne::demo {

namespace {

// Only rng() and operator% are used, so that the same seed gives the same texts with every standard
// library. Several draws are never made in one expression: the order of evaluation of operands would
// be unspecified.
quint64 pick(Rng &rng, quint64 n)
{
    return rng() % n;
}

bool chance(Rng &rng, quint64 percent)
{
    return rng() % 100 < percent;
}

const QString &pickFrom(const QStringList &list, Rng &rng)
{
    return list.at(qsizetype(pick(rng, quint64(list.size()))));
}

int between(Rng &rng, int low, int high)
{
    return low + int(pick(rng, quint64(high - low + 1)));
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    out.reserve(qsizetype(items.size()));
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

/** Texts of one category: fragments of descriptions and of agents' notes. */
struct CategoryTexts
{
    QString team;         // who does the work, usable after "avec" or "par"
    QString authority;    // who receives forwarded tickets, with its preposition ("à", "au")
    QStringList subjects; // noun phrases: "un gros nid-de-poule au milieu de la chaussée"
    QStringList details;  // one sentence: danger, children, smell, duration...
    QStringList closings; // category-specific closing sentences
    QStringList hints;    // agent's technical hints (internal notes)
    QStringList fixes;    // agent's note when the work is done
    QStringList places;   // where it is; empty: the generic places
};

using CategoryTable = QHash<QString, CategoryTexts>;

void add(CategoryTable &table, const char *code, const char *team, const char *authority,
         std::initializer_list<const char *> subjects, std::initializer_list<const char *> details,
         std::initializer_list<const char *> closings, std::initializer_list<const char *> hints,
         std::initializer_list<const char *> fixes, std::initializer_list<const char *> places = {})
{
    CategoryTexts texts;
    texts.team = QString::fromUtf8(team);
    texts.authority = QString::fromUtf8(authority);
    texts.subjects = strings(subjects);
    texts.details = strings(details);
    texts.closings = strings(closings);
    texts.hints = strings(hints);
    texts.fixes = strings(fixes);
    texts.places = strings(places);
    table.insert(QString::fromUtf8(code), texts);
}

const char *const teamVoirieNord = "l'équipe voirie nord";
const char *const teamVoirieSud = "l'équipe voirie sud";
const char *const teamEclairage = "l'équipe éclairage";
const char *const teamPropreteA = "la brigade propreté A";
const char *const teamPropreteB = "la brigade propreté B";
const char *const teamAntiTags = "la brigade anti-tags";
const char *const teamJardiniers = "les jardiniers";
const char *const teamHygiene = "les inspecteurs d'hygiène";
const char *const teamAsvp = "les ASVP";

const char *const toDepartement = "au Département (voirie départementale)";
const char *const toEauEstEnsemble = "à Est Ensemble (eau et assainissement)";
const char *const toDechetsEstEnsemble = "à Est Ensemble (prévention et valorisation des déchets)";
const char *const toIdfm = "à Île-de-France Mobilités";
const char *const toBailleur = "au bailleur de la résidence";
const char *const toSyndic = "au syndic de l'immeuble";
const char *const toPoliceNationale = "au commissariat de police nationale";

CategoryTable buildCategories()
{
    CategoryTable t;

    // --- Voirie -------------------------------------------------------------------------------------
    add(t, "nid_de_poule", teamVoirieNord, toDepartement,
        {"un gros nid-de-poule au milieu de la chaussée", "un nid-de-poule profond sur la voie de droite",
         "plusieurs nids-de-poule les uns à la suite des autres", "un trou dans la chaussée qui s'agrandit",
         "un nid-de-poule rempli d'eau dès qu'il pleut",
         "un affaissement de la chaussée avec un trou au centre",
         "une chaussée complètement défoncée sur une vingtaine de mètres",
         "un trou béant juste à la sortie du virage", "un nid-de-poule mal rebouché qui s'est rouvert",
         "un trou dans l'enrobé à côté d'une plaque d'égout",
         "des morceaux de bitume arrachés sur la voie de bus", "un énorme trou sur la piste cyclable"},
        {"Les voitures font des écarts.", "Un cycliste a failli tomber devant moi.",
         "J'ai crevé un pneu dedans hier soir.", "La nuit, on ne voit rien du tout.",
         "Ça fait bien dix centimètres de profondeur.", "Les scooters tapent dedans de plein fouet.",
         "Les bus tapent dedans, ça fait un bruit terrible.", "Avec la pluie, on ne voit plus la profondeur.",
         "Il y a des gravillons partout autour.", "C'est dangereux pour les deux-roues."},
        {"Quelqu'un va finir par se blesser.", "Il faudrait reboucher avant l'hiver.",
         "Un peu d'enrobé suffirait."},
        {"Prévoir enrobé à froid.", "Trou d'environ 40 cm, balisage à poser.",
         "Chaussée à reprendre sur 10 m, voir si programme de réfection."},
        {"Trou rebouché à l'enrobé à froid.", "Reprise d'enrobé faite, balisage retiré."});

    add(t, "trottoir", teamVoirieSud, toDepartement,
        {"un trottoir défoncé sur plusieurs mètres", "des dalles du trottoir descellées",
         "un trottoir soulevé par les racines", "une bordure cassée en plusieurs morceaux",
         "un trou dans le trottoir", "un revêtement complètement bosselé", "des pavés qui bougent",
         "une grande fissure dans le bitume du trottoir", "une tranchée mal refermée après des travaux",
         "un bateau de garage effondré", "un revêtement qui part en morceaux",
         "une plaque de regard qui dépasse du sol"},
        {"Une dame âgée a trébuché la semaine dernière.", "Impossible de passer avec une poussette.",
         "Les personnes en fauteuil roulant doivent descendre sur la chaussée.",
         "Avec la pluie, l'eau stagne dans les creux.", "Les enfants passent par là pour aller à l'école.",
         "J'ai failli me tordre la cheville.", "La nuit, on ne voit pas le dénivelé.",
         "C'est pire depuis les travaux du gaz.", "Les personnes malvoyantes risquent de chuter."},
        {"Il faudrait au moins mettre une barrière en attendant.", "Quelqu'un va finir par se blesser.",
         "Pensez aux personnes âgées du quartier."},
        {"Dalles à resceller, prévoir mortier.", "Voir si tranchée d'un concessionnaire (GRDF ?).",
         "Reprise d'enrobé sur 3 m²."},
        {"Dalles rescellées.", "Revêtement repris, passage de nouveau praticable."});

    add(t, "signalisation", teamVoirieNord, toDepartement,
        {"un panneau stop tordu", "un panneau de sens interdit couché par terre",
         "un panneau de limitation de vitesse tourné dans le mauvais sens",
         "un passage piéton dont le marquage a presque disparu",
         "un panneau d'interdiction de stationner arraché", "un miroir de circulation cassé",
         "un panneau « cédez le passage » plié par un camion", "un marquage au sol complètement effacé",
         "un panneau directionnel qui pend de son poteau", "un panneau de zone 30 recouvert d'autocollants",
         "un panneau « attention école » illisible"},
        {"Les automobilistes ne savent plus qui a la priorité.", "Des voitures prennent la rue à contresens.",
         "Les enfants traversent sans que les voitures ralentissent.", "Le poteau penche dangereusement.",
         "Les voitures ne marquent plus l'arrêt.", "La nuit, on ne voit plus rien du tout.",
         "Un camion de livraison a tout abîmé en manœuvrant.",
         "Des morceaux traînent par terre, quelqu'un pourrait se blesser."},
        {"Il faudrait remettre ça en état rapidement.", "Avant qu'il y ait un accident, merci.",
         "Un simple coup de peinture suffirait."},
        {"Panneau à commander (référence AB4).", "Marquage à refaire, voir programme peinture routière.",
         "Poteau à redresser, prévoir scellement."},
        {"Panneau remplacé.", "Marquage refait, sécher 24 h avant réouverture."});

    // --- Éclairage ----------------------------------------------------------------------------------
    add(t, "lampadaire", teamEclairage, toDepartement,
        {"un lampadaire éteint", "un lampadaire qui ne s'allume plus",
         "plusieurs lampadaires éteints d'affilée", "un lampadaire qui clignote toute la nuit",
         "un réverbère en panne", "une rue entière plongée dans le noir",
         "un luminaire dont la vitre est cassée", "un candélabre penché avec des fils apparents",
         "un lampadaire qui s'éteint au bout de quelques minutes",
         "une lanterne qui grésille et s'éteint par intermittence", "une portion de rue sans aucun éclairage",
         "un mât d'éclairage heurté par une voiture"},
        {"Le soir, on ne voit plus rien.", "Les femmes du quartier évitent de passer là le soir.",
         "Je ne me sens pas en sécurité en rentrant du travail.",
         "Les enfants rentrent du sport dans le noir.",
         "Il y a eu des vols de scooters depuis que c'est éteint.",
         "Ma mère âgée n'ose plus sortir après 18 h.", "On ne distingue plus les piétons sur le passage.",
         "Le boîtier au pied du poteau est ouvert.", "Ça fait un coin idéal pour les trafics."},
        {"Merci de rétablir l'éclairage au plus vite.", "Surtout avec les nuits qui tombent tôt.",
         "La nuit, c'est vraiment inquiétant."},
        {"Vérifier l'armoire de commande du secteur.", "Lampe sodium à remplacer par LED.",
         "Câble peut-être sectionné, prévoir nacelle."},
        {"Lampe remplacée, éclairage rétabli.", "Fusible changé dans l'armoire, tout fonctionne."});

    add(t, "eclairage_jour", teamEclairage, toDepartement,
        {"un éclairage public allumé en plein jour", "des lampadaires allumés toute la journée",
         "des candélabres qui restent allumés à midi", "tout l'éclairage de la rue allumé en pleine journée",
         "des réverbères qui ne s'éteignent plus le matin", "un éclairage allumé jour et nuit",
         "des projecteurs du stade allumés en journée", "l'éclairage de la passerelle allumé en permanence",
         "une série de lampes allumées depuis plusieurs jours sans interruption"},
        {"Quel gaspillage d'énergie !", "C'est de l'argent public jeté par les fenêtres.",
         "Avec le prix de l'électricité, c'est dommage.", "Ça doit être un problème d'horloge.",
         "Le capteur doit être encrassé.", "C'est comme ça tous les jours depuis le changement d'heure.",
         "Je l'ai remarqué en allant chercher mes enfants à midi.",
         "Les autres rues du quartier sont normales."},
        {"Un réglage devrait suffire.", "Pensez à la facture d'électricité !", "Merci pour la planète."},
        {"Horloge astronomique de l'armoire à reprogrammer.", "Cellule photoélectrique à nettoyer."},
        {"Horloge reprogrammée.", "Cellule remplacée, extinction OK ce matin."});

    add(t, "feu_tricolore", teamEclairage, toDepartement,
        {"un feu tricolore en panne", "un feu bloqué au rouge",
         "un feu qui clignote à l'orange en permanence", "des feux éteints au carrefour",
         "un feu piéton qui ne passe jamais au vert", "un bouton d'appel piéton qui ne fonctionne plus",
         "un feu tricolore tourné vers la mauvaise voie", "un feu dont l'ampoule rouge est grillée",
         "un feu qui passe au vert des deux côtés en même temps", "un signal sonore pour malvoyants muet"},
        {"Les voitures passent n'importe comment.", "J'ai vu deux accrochages évités de justesse.",
         "Les enfants de l'école traversent à cet endroit.", "Les personnes âgées n'osent plus traverser.",
         "Les bus restent bloqués et ça crée des bouchons.",
         "C'est un carrefour très fréquenté aux heures de pointe.",
         "Les automobilistes grillent la priorité.",
         "Un agent faisait la circulation ce matin, plus maintenant."},
        {"C'est urgent, il va y avoir un accident.", "Merci d'intervenir en urgence.",
         "Ce carrefour est déjà dangereux en temps normal."},
        {"Astreinte prévenue, contrôleur de carrefour à vérifier.", "Prévoir signalisation temporaire."},
        {"Contrôleur réinitialisé, cycle normal.", "Optique rouge remplacée."});

    // --- Propreté -----------------------------------------------------------------------------------
    add(t, "corbeille", teamPropreteA, toDechetsEstEnsemble,
        {"une corbeille qui déborde", "une poubelle de rue pleine à ras bord", "des corbeilles pleines",
         "une corbeille renversée avec les déchets éparpillés",
         "une corbeille publique qui n'a pas été vidée", "une corbeille dont le sac est éventré",
         "des papiers et canettes entassés autour d'une corbeille", "une corbeille arrachée de son support",
         "une corbeille remplie de sacs d'ordures ménagères",
         "des corbeilles débordantes tout le long de la place"},
        {"Les goélands et les pigeons éparpillent tout.", "Avec la chaleur, ça sent très mauvais.",
         "Les déchets s'envolent avec le vent.", "Des gens déposent leurs sacs ménagers dedans.",
         "Le week-end c'est encore pire avec le marché.", "Les canettes finissent dans le caniveau.",
         "Il faudrait vider plus souvent.", "Les enfants jouent juste à côté."},
        {"Une corbeille plus grande serait utile.", "Merci de passer vider.",
         "Un passage supplémentaire le week-end serait bienvenu."},
        {"Ajouter au circuit de vidage du samedi.", "Corbeille de 30 L, voir pour un modèle 60 L."},
        {"Corbeille vidée et abords nettoyés.", "Support refixé, sac changé."});

    add(t, "dejections", teamPropreteB, toDechetsEstEnsemble,
        {"des déjections canines partout", "des crottes de chien sur tout le passage",
         "des déjections de chien à chaque pas", "un véritable champ de crottes de chien",
         "des excréments d'animaux accumulés", "des déjections canines jamais ramassées",
         "des crottes de chien écrasées sur toute la largeur", "des déjections canines en quantité",
         "des crottes partout au pied des immeubles"},
        {"Les enfants marchent dedans en allant à l'école.",
         "Les propriétaires de chiens ne ramassent jamais.", "L'odeur est insupportable quand il fait chaud.",
         "Avec la pluie, ça s'étale partout.", "Les poussettes roulent dedans.",
         "On ne peut plus marcher sans regarder ses pieds.",
         "C'est toujours les mêmes chiens, le matin très tôt.", "Les personnes âgées risquent de glisser."},
        {"Un distributeur de sacs serait le bienvenu.", "Il faudrait verbaliser.",
         "Un nettoyage au jet serait nécessaire."},
        {"Passage de la moto-crotte à demander.", "Voir pose d'un distributeur de sacs."},
        {"Nettoyage au jet effectué.", "Passage de la laveuse fait."});

    add(t, "rue_sale", teamPropreteA, toDechetsEstEnsemble,
        {"une rue très sale", "des détritus partout", "des canettes et des emballages par terre",
         "des papiers gras et des mégots partout", "une chaussée couverte de déchets après le marché",
         "des tessons de bouteilles sur le passage", "des restes de repas abandonnés",
         "des mégots en quantité dans le caniveau", "des feuilles mortes et des déchets qui s'accumulent",
         "une flaque d'huile et des déchets collants", "des masques et des mouchoirs usagés partout",
         "des prospectus éparpillés sur toute la rue"},
        {"Le balayage n'est pas passé depuis longtemps.", "Il y a des éclats de verre, attention aux chiens.",
         "Le vent éparpille tout jusque dans les halls.", "Ça attire les pigeons.",
         "Après chaque week-end c'est la même chose.", "Le caniveau est complètement bouché par les déchets.",
         "On a honte quand on reçoit de la famille.",
         "Les commerçants balaient devant chez eux mais ça ne suffit pas."},
        {"Un passage de la balayeuse serait nécessaire.", "Merci de venir nettoyer.",
         "Le quartier mérite mieux."},
        {"Ajouter au circuit de balayage mécanisé.", "Secteur marché : renfort après 14 h."},
        {"Balayage et lavage effectués.", "Secteur nettoyé, verre ramassé."});

    // --- Dépôts sauvages ----------------------------------------------------------------------------
    add(t, "depot_sauvage", teamPropreteB, toDechetsEstEnsemble,
        {"un dépôt sauvage", "un tas de déchets abandonnés", "des sacs d'ordures déposés en pleine rue",
         "un gros dépôt d'ordures", "des sacs poubelle entassés contre un mur",
         "un vieux matelas et des cartons abandonnés", "une montagne de cartons déposés par un commerce",
         "des déchets de déménagement abandonnés", "un frigo et une machine à laver laissés sur place",
         "des pneus usagés abandonnés", "des sacs de vêtements éventrés", "un amas de déchets en tout genre",
         "un canapé défoncé et des sacs de déchets", "des pots de peinture abandonnés"},
        {"Des rats commencent à tourner autour.", "Ça sent mauvais et ça attire les nuisibles.",
         "Les gens en rajoutent tous les jours.", "On a vu une camionnette décharger ça la nuit.",
         "Ça bloque le passage des poussettes.", "Les enfants jouent dessus, c'est dangereux.",
         "On dirait qu'il y a des produits chimiques dedans.", "Ça déborde sur la chaussée.",
         "Il y a même des morceaux de verre.", "Le tas grossit de jour en jour."},
        {"Il faudrait une caméra à cet endroit.", "Merci d'enlever ça au plus vite.",
         "C'est devenu une vraie décharge.", "Il faudrait verbaliser les responsables."},
        {"Environ 2 m³, prévoir le camion benne.", "Chercher des indices d'identification avant enlèvement.",
         "Point noir connu, voir avec la police municipale pour une caméra."},
        {"Dépôt enlevé (environ 2 m³).", "Enlèvement fait, photos jointes pour la verbalisation."});

    add(t, "encombrants", teamPropreteA, toDechetsEstEnsemble,
        {"des encombrants non ramassés", "des encombrants sortis pour la collecte mais jamais enlevés",
         "une armoire démontée et un sommier oubliés par la collecte",
         "des meubles sortis pour les encombrants toujours sur place",
         "un lave-vaisselle et une gazinière oubliés par la collecte",
         "des matelas qui attendent la collecte depuis des jours",
         "un tas d'encombrants oublié par le camion",
         "des chaises et une table sorties la veille de la collecte, toujours là",
         "des encombrants déposés en dehors du jour de collecte", "un canapé sorti pour les encombrants"},
        {"La collecte devait passer mardi.", "J'avais pris rendez-vous pour l'enlèvement.",
         "Le camion est passé mais n'a pas tout pris.", "Les gens en profitent pour en rajouter.",
         "Ça gêne le passage des piétons.", "Avec la pluie, tout est détrempé.",
         "Des gens fouillent dedans et éparpillent tout.", "J'ai le numéro de rendez-vous si besoin."},
        {"Merci de relancer le prestataire.", "Merci de vérifier avec le service de collecte.",
         "Quand est-ce qu'ils seront enlevés ?"},
        {"Vérifier le rendez-vous dans l'outil d'Est Ensemble.",
         "Collecte oubliée, relancer le prestataire."},
        {"Encombrants enlevés par le prestataire.", "Enlèvement fait lors d'une collecte de rattrapage."});

    add(t, "gravats", teamPropreteB, toDechetsEstEnsemble,
        {"des gravats de chantier déposés", "des sacs de gravats abandonnés",
         "un tas de plâtre et de briques", "des sacs de ciment éventrés",
         "des plaques de placo et des gravats", "des déchets de chantier laissés par une entreprise",
         "des carreaux cassés et des sacs de gravats", "une benne de chantier qui déborde sur la voie",
         "des restes de démolition laissés en vrac", "des sacs de gravats déposés la nuit"},
        {"On voit souvent une camionnette d'artisan décharger ici.",
         "La poussière vole partout quand il y a du vent.", "Il y a des clous qui dépassent.",
         "Ça empiète sur la chaussée.", "Les sacs sont très lourds, impossible de les déplacer.",
         "Il y a peut-être de l'amiante, on ne sait pas.",
         "Le chantier d'à côté stocke tout ici sans autorisation.", "Ça fait plusieurs tas maintenant."},
        {"L'entreprise responsable devrait être verbalisée.", "Merci de faire enlever ces gravats.",
         "Il faudrait contrôler les chantiers du coin."},
        {"Vérifier les chantiers déclarés à proximité.",
         "Suspicion d'amiante : ne pas manipuler, voir hygiène."},
        {"Gravats évacués en déchetterie professionnelle.", "Enlevés, facture à adresser à l'entreprise."});

    // --- Espaces verts ------------------------------------------------------------------------------
    add(t, "arbre", teamJardiniers, toBailleur,
        {"une grosse branche cassée qui pend", "un arbre qui penche dangereusement",
         "une branche tombée sur la chaussée", "un arbre mort au bord de la voie",
         "des branches basses qui gênent le passage", "un arbre dont le tronc est fendu",
         "une branche qui touche les fils électriques", "un arbre déraciné après la tempête",
         "des branches qui cachent le feu", "un platane creux qui perd ses branches",
         "des branches qui frottent contre les fenêtres", "un arbre abîmé par une voiture"},
        {"Avec le vent, ça risque de tomber sur quelqu'un.", "Des enfants jouent juste en dessous.",
         "Les bus frôlent les branches.", "Le tronc a une grosse fissure.",
         "On entend craquer quand il y a du vent.", "Il faudrait un élagage.",
         "Les racines soulèvent tout autour.", "Une branche est déjà tombée la semaine dernière."},
        {"C'est dangereux, merci d'intervenir vite.", "Avant que ça tombe sur une voiture.",
         "Un élagage serait le bienvenu."},
        {"Diagnostic sanitaire à demander à l'arboriste.", "Prévoir nacelle et coupure de voie."},
        {"Branche coupée et évacuée.", "Élagage réalisé, sujet à surveiller."});

    add(t, "espace_vert", teamJardiniers, toBailleur,
        {"un espace vert laissé à l'abandon", "une pelouse jamais tondue", "des herbes hautes envahissantes",
         "des massifs de fleurs envahis par les mauvaises herbes", "des haies qui débordent sur le passage",
         "un terre-plein central plein de ronces", "une pelouse pelée transformée en terrain vague",
         "des plantations mortes jamais remplacées", "un arrosage automatique qui fuit et inonde la pelouse",
         "des buissons pleins de déchets", "un jardin public mal entretenu"},
        {"Les herbes arrivent à hauteur des enfants.", "Les allergiques souffrent avec toutes ces herbes.",
         "On ne peut plus s'asseoir sur la pelouse.", "Notre chien a attrapé des tiques en passant là.",
         "Ça donne une image négligée du quartier.", "Les moustiques pullulent avec l'eau stagnante.",
         "Les jardiniers ne sont pas passés depuis le printemps.",
         "Les habitants seraient prêts à aider pour planter."},
        {"Un passage des jardiniers serait bienvenu.", "Ce serait si joli avec un peu d'entretien.",
         "Merci de prévoir une tonte."},
        {"À intégrer au prochain cycle de tonte.", "Parcelle du bailleur ? Vérifier le cadastre."},
        {"Tonte et désherbage faits.", "Haie taillée, déchets verts évacués."},
        {"dans le square", "au parc", "le long du canal", "devant la résidence", "près du jardin partagé",
         "au pied des immeubles", "autour de l'aire de jeux", "au bord du boulevard", "devant l'école",
         "près de la médiathèque", "dans le petit parc du quartier", "sur le rond-point",
         "près de la mairie"});

    add(t, "aire_de_jeux", teamJardiniers, toBailleur,
        {"un toboggan cassé", "une balançoire dont la chaîne est arrachée", "une aire de jeux dégradée",
         "un jeu à ressort dont le siège a disparu", "un sol amortissant arraché par endroits",
         "un portillon de l'aire de jeux qui ne ferme plus",
         "des vis qui dépassent sur la structure d'escalade", "un tourniquet bloqué et rouillé",
         "du verre cassé dans le bac à sable", "une cabane en bois avec des planches cassées",
         "un filet d'escalade déchiré"},
        {"Les enfants peuvent se blesser.", "Mon fils s'est coupé la main hier.",
         "Les parents n'osent plus laisser jouer les petits.", "C'est la seule aire de jeux du coin.",
         "Des seringues ont été trouvées près du bac à sable.",
         "Il faudrait au moins mettre de la rubalise en attendant.",
         "Les chiens rentrent dans l'aire de jeux.", "Ça fait des semaines que c'est dans cet état."},
        {"Pensez aux enfants du quartier.", "Merci de sécuriser le jeu rapidement.",
         "Les enfants attendent avec impatience !"},
        {"Jeu à condamner en attendant la pièce.", "Contrôle de sécurité à faire par le prestataire."},
        {"Pièce remplacée, jeu rouvert.", "Sol souple réparé, sable tamisé."},
        {"dans le square", "au parc", "en bas de la résidence", "près de l'école", "à côté du city-stade",
         "dans le jardin public", "près du canal", "derrière la médiathèque"});

    // --- Mobilier urbain ----------------------------------------------------------------------------
    add(t, "banc", teamVoirieSud, toBailleur,
        {"un banc cassé", "un banc dont il manque des lattes", "un banc arraché du sol",
         "un banc couvert de tags", "un banc renversé", "un banc aux planches pourries",
         "une assise de banc brûlée", "un banc dont le dossier est cassé", "des vis qui dépassent d'un banc",
         "un banc descellé qui bascule quand on s'assoit", "un banc vandalisé"},
        {"Les personnes âgées du quartier s'en servaient beaucoup.",
         "Les enfants peuvent se coincer les doigts.", "Il ne reste qu'une latte.",
         "On ne peut plus s'asseoir.", "Les mamies de la résidence n'ont plus où se poser.",
         "Il y a des échardes partout.", "C'est le seul endroit pour s'asseoir en attendant le bus.",
         "Il a été vandalisé pendant la nuit."},
        {"Un banc neuf ferait plaisir à tout le monde.", "Merci de le remplacer.",
         "Un petit coup de peinture aussi, tant qu'à faire."},
        {"Lattes en stock à l'atelier.", "Scellement chimique à prévoir."},
        {"Lattes changées.", "Banc refixé au sol."});

    add(t, "potelet", teamVoirieNord, toDepartement,
        {"un potelet arraché", "une barrière de sécurité renversée",
         "plusieurs potelets pliés par les voitures", "un potelet couché au milieu du passage",
         "une barrière de protection arrachée", "un plot en béton déplacé",
         "un potelet manquant, il ne reste que le trou", "une barrière de ville tordue",
         "une chaîne entre deux poteaux cassée", "un arceau vélo arraché"},
        {"Les voitures en profitent pour se garer sur le passage piéton.",
         "Le socle dépasse, on peut trébucher.", "Il reste des boulons qui dépassent du sol.",
         "Les enfants sortent de l'école juste là.", "Un camion de livraison a tout percuté en reculant.",
         "Les voitures montent sur la zone piétonne.", "Il y a des morceaux de métal coupants.",
         "La barrière protégeait la sortie de l'école."},
        {"Merci de remettre ça en place.", "Avant qu'un piéton se blesse.",
         "Il faudrait des potelets plus solides."},
        {"Potelet fonte à commander.", "Boulons à araser en urgence."},
        {"Potelet reposé.", "Barrière remplacée, boulons arasés."});

    add(t, "abribus", teamVoirieSud, toIdfm,
        {"un abribus dégradé", "une vitre d'abribus brisée", "un abribus dont le toit fuit",
         "des éclats de verre sous l'abribus", "un abribus sans éclairage",
         "un écran d'information voyageurs éteint", "un siège d'abribus arraché",
         "un abribus couvert d'affiches et de tags", "un plan du réseau illisible sous l'abribus",
         "un abribus dont la paroi vitrée a disparu"},
        {"On se fait tremper en attendant le bus.", "Il y a des bouts de verre partout par terre.",
         "Les enfants attendent le bus scolaire ici.", "Les personnes âgées n'ont plus où s'asseoir.",
         "La vitre menace de tomber.", "Les horaires ne sont plus affichés.",
         "C'est l'arrêt le plus fréquenté du quartier.", "Le vent passe de partout."},
        {"Merci de transmettre au gestionnaire des abribus.", "Merci de faire remplacer la vitre.",
         "C'est un arrêt très utilisé."},
        {"Mobilier voyageurs : signaler au concessionnaire.", "Sécuriser les éclats de verre en attendant."},
        {"Vitre remplacée par le concessionnaire.", "Éclats ramassés, abribus sécurisé."});

    // --- Tags et graffitis --------------------------------------------------------------------------
    add(t, "tag", teamAntiTags, toSyndic,
        {"un tag sur la façade", "des tags sur le mur de l'école",
         "des graffitis sur la devanture d'un commerce", "un graffiti géant sur un mur de clôture",
         "des tags sur une porte de garage", "des signatures à la bombe sur tout le mur",
         "des tags sur le transformateur électrique", "des inscriptions à la peinture sur une vitrine",
         "un tag sur une façade fraîchement ravalée", "des graffitis sur le pont du canal",
         "des tags sur le rideau métallique d'une boutique", "des tags sur une armoire électrique"},
        {"La façade venait d'être repeinte.", "Ça a été fait dans la nuit de samedi.",
         "Le propriétaire est d'accord pour que vous interveniez.", "Le syndic ne fait rien.",
         "C'est visible depuis toute la rue.", "Les tags se multiplient depuis un mois.",
         "C'est de la peinture noire, ça va être dur à enlever.", "Il y en a sur au moins trois mètres."},
        {"Merci de faire intervenir la brigade anti-tags.",
         "Un nettoyage rapide éviterait que d'autres suivent.",
         "Le quartier devient triste avec tous ces tags."},
        {"Autorisation du propriétaire à faire signer.", "Surface d'environ 4 m², hydrogommage."},
        {"Tag effacé par hydrogommage.", "Recouvert en peinture teinte façade."});

    add(t, "tag_injurieux", teamAntiTags, toSyndic,
        {"un tag injurieux", "des inscriptions insultantes", "un tag raciste", "un tag à caractère homophobe",
         "des insultes taguées visant une famille du quartier", "un tag obscène",
         "des inscriptions menaçantes", "des insultes contre la police", "un tag antisémite",
         "un dessin obscène à la bombe"},
        {"Les enfants voient ça en allant à l'école.", "C'est choquant et inacceptable.",
         "Je n'ose pas reproduire les mots ici.", "Ça vise clairement une personne du quartier.",
         "J'ai déposé une main courante.", "Il faudrait effacer ça en priorité.",
         "C'est juste en face d'un lieu de culte.", "Plusieurs parents m'en ont parlé."},
        {"Merci d'effacer ça au plus vite.", "C'est urgent vu le contenu.", "On ne peut pas laisser ça."},
        {"Priorité : effacement sous 24 h.", "Photo transmise à la police municipale avant effacement."},
        {"Inscription effacée dans la journée.", "Recouvert en urgence."});

    add(t, "affichage", teamAntiTags, toSyndic,
        {"de l'affichage sauvage", "des affiches collées partout",
         "des affiches de concert collées sur les murs", "des autocollants publicitaires sur le mobilier",
         "des affichettes collées sur les poteaux", "des affiches électorales hors des panneaux prévus",
         "des affiches de soirée sur un local vide", "des annonces de marabout scotchées partout",
         "des couches d'affiches qui se décollent", "des flyers collés sur les armoires électriques"},
        {"Dès qu'on les enlève, il y en a d'autres.", "Les affiches déchirées finissent par terre.",
         "La colle coule sur la façade.", "C'est toujours la même société qui colle.",
         "Le numéro de l'organisateur est sur l'affiche.", "Les colleurs passent la nuit en camionnette.",
         "Ça fait vraiment négligé.", "Il y en a sur toute la longueur du mur."},
        {"Il faudrait contacter l'organisateur.", "Merci de faire retirer ces affiches.",
         "Pensez à verbaliser l'annonceur."},
        {"Relever le nom de l'annonceur pour facturation.", "Décollage à l'eau chaude."},
        {"Affiches retirées.", "Support nettoyé, annonceur identifié."});

    // --- Nuisibles ----------------------------------------------------------------------------------
    add(t, "rats", teamHygiene, toBailleur,
        {"des rats", "des rats en plein jour", "un rat mort", "plusieurs rats qui courent",
         "des terriers de rats dans la terre", "un nid de rats sous les buissons",
         "des rongeurs en grand nombre", "des rats qui sortent des bouches d'égout",
         "une colonie de rats près des conteneurs", "des rats qui se promènent autour des jeux d'enfants",
         "des rongeurs qui creusent sous la pelouse"},
        {"On en voit tous les soirs.", "Les enfants ont peur.", "Ils n'ont même plus peur des passants.",
         "Ils sont attirés par les déchets du marché.", "Des gens nourrissent les pigeons et ça les attire.",
         "J'en ai compté au moins cinq d'un coup.", "Il y a des trous partout dans la terre.",
         "C'est un problème de santé publique.", "Les chats du quartier ne suffisent plus."},
        {"Merci de prévoir une dératisation.", "Une campagne de dératisation s'impose.",
         "C'est urgent pour la santé des enfants."},
        {"Dératisation à programmer avec le prestataire.", "Vérifier les bacs de la résidence voisine."},
        {"Postes d'appâtage posés, contrôle dans 15 jours.", "Terriers traités et rebouchés."});

    add(t, "pigeons", teamHygiene, toBailleur,
        {"des pigeons en grand nombre", "une colonie de pigeons", "des fientes de pigeons partout",
         "des pigeons qui nichent sous le pont", "des pigeons nourris par un voisin",
         "des nids de pigeons dans une corniche", "des dizaines de pigeons sur la place", "des pigeons morts",
         "des fientes sur les voitures et les rebords de fenêtres"},
        {"Une personne leur jette du pain tous les jours.", "Les fientes rendent le sol glissant.",
         "Les balcons sont couverts de fientes.", "Ça pose un problème d'hygiène.",
         "Les terrasses des cafés sont envahies.", "Ils abîment les façades.",
         "Le bruit commence à 5 h du matin.", "On ne peut plus étendre le linge."},
        {"Des pics anti-pigeons seraient utiles.", "Merci d'intervenir auprès du voisin qui les nourrit.",
         "Merci de trouver une solution."},
        {"Rappel du règlement sanitaire au nourrisseur.", "Étudier un pigeonnier contraceptif."},
        {"Courrier envoyé au nourrisseur.", "Fientes nettoyées, filets posés."});

    add(t, "frelons", teamHygiene, toBailleur,
        {"un nid de frelons", "un nid de frelons asiatiques", "un gros nid de frelons dans un arbre",
         "un nid de guêpes sous un toit", "un nid de frelons dans une haie",
         "des frelons qui entrent et sortent d'un trou dans un mur",
         "un nid de frelons accroché à un lampadaire", "beaucoup de frelons autour d'une corniche",
         "un nid de frelons en hauteur"},
        {"Il y a une école juste à côté.", "Mon voisin s'est fait piquer.",
         "Je suis allergique, ça m'inquiète beaucoup.", "Le nid fait la taille d'un ballon.",
         "Les frelons attaquent les abeilles du rucher voisin.", "Les enfants jouent juste en dessous.",
         "On les voit surtout en fin de journée.", "Le nid grossit chaque semaine."},
        {"Merci d'envoyer quelqu'un avant qu'il y ait un accident.", "C'est urgent, il y a des enfants.",
         "Merci de faire détruire le nid."},
        {"Désinsectiseur à contacter, nid à environ 6 m.", "Périmètre de sécurité à poser."},
        {"Nid détruit par le désinsectiseur.", "Nid traité puis décroché."},
        {"dans le square", "au parc", "dans la cour de la résidence", "près de l'école", "le long du canal",
         "dans le jardin partagé", "au-dessus de l'entrée de l'immeuble", "près du gymnase"});

    // --- Stationnement ------------------------------------------------------------------------------
    add(t, "stationnement_genant", teamAsvp, toPoliceNationale,
        {"une voiture garée sur le passage piéton", "un véhicule stationné devant une sortie de garage",
         "des voitures garées en double file en permanence", "une camionnette garée sur la piste cyclable",
         "des véhicules garés sur le trottoir", "une voiture stationnée sur la place handicapé sans carte",
         "un camion de livraison qui bloque la rue tous les matins",
         "des parents garés en double file à l'heure de l'école", "une voiture garée sur l'arrêt de bus",
         "des véhicules qui stationnent sur la bande cyclable", "des voitures garées devant les bateaux"},
        {"Les poussettes doivent passer sur la chaussée.", "Le bus ne peut plus passer.",
         "Je ne peux plus sortir ma voiture.", "Les pompiers ne pourraient pas passer.",
         "C'est tous les jours à la même heure.", "Les personnes en fauteuil sont obligées de faire le tour.",
         "Les enfants sont cachés par les voitures en traversant.",
         "Les livreurs s'en moquent complètement."},
        {"Merci d'envoyer les ASVP.", "Il faudrait verbaliser.", "Des potelets régleraient le problème."},
        {"Passage ASVP à prévoir aux heures de livraison.", "Verbalisation à faire."},
        {"Véhicule verbalisé.", "Passage ASVP effectué, 3 avis de contravention."});

    add(t, "epave", teamAsvp, toPoliceNationale,
        {"une voiture ventouse", "une épave de voiture", "un véhicule abandonné depuis des mois",
         "une voiture aux pneus crevés qui ne bouge plus", "un scooter abandonné et désossé",
         "une voiture sans plaques", "une camionnette abandonnée", "un véhicule brûlé",
         "une voiture couverte de feuilles et de poussière", "une voiture aux vitres cassées",
         "une remorque abandonnée"},
        {"Rien n'a bougé depuis l'été.", "Des jeunes s'en servent pour y cacher des choses.",
         "Le pare-brise est couvert de contraventions.", "Ça occupe une place de stationnement pour rien.",
         "Des gens jettent des déchets dedans.", "La plaque d'immatriculation a été retirée.",
         "Il y a une flaque d'huile en dessous.", "Des chats errants y dorment."},
        {"Merci de faire intervenir la fourrière.", "Il faudrait une mise en fourrière.",
         "Ça prend une place précieuse dans le quartier."},
        {"Marquage à la craie fait, repasser dans 7 jours.", "Consultation du fichier des immatriculations."},
        {"Véhicule enlevé par la fourrière.", "Propriétaire contacté, véhicule déplacé."});

    add(t, "trottinettes", teamAsvp, toPoliceNationale,
        {"des trottinettes en libre-service abandonnées", "des trottinettes couchées en travers du passage",
         "des vélos et trottinettes en libre-service qui encombrent le passage",
         "une trottinette électrique jetée dans le canal",
         "des trottinettes garées en plein milieu du passage",
         "une rangée de trottinettes qui bloque le trottoir",
         "une trottinette renversée sur la bande podotactile",
         "des vélos électriques en libre-service abandonnés",
         "des trottinettes qui bloquent les portes d'immeuble",
         "des trottinettes laissées au milieu de la piste cyclable"},
        {"Une personne aveugle a failli tomber.", "Impossible de passer avec une poussette.",
         "Ça bloque l'accès aux personnes en fauteuil.", "Ça traîne là depuis plusieurs jours.",
         "La société de location ne vient jamais les récupérer.", "La nuit, on ne les voit pas.",
         "Il y en a une dizaine en vrac.", "Il y en a de cassées."},
        {"Merci de contacter le loueur.", "Il faudrait un emplacement dédié.",
         "Merci de faire retirer ces trottinettes."},
        {"Signaler au loueur via l'interface partenaire.", "Zone de stationnement dédiée à proposer."},
        {"Trottinettes retirées par le loueur.", "Engins redressés et déplacés sur l'emplacement dédié."});

    // --- Eau et assainissement ----------------------------------------------------------------------
    add(t, "avaloir", teamVoirieSud, toEauEstEnsemble,
        {"un avaloir bouché", "une bouche d'égout bouchée",
         "une grille d'évacuation obstruée par des feuilles", "un caniveau qui ne s'écoule plus",
         "un regard d'eau pluviale rempli de déchets", "une grille d'égout complètement colmatée",
         "une bouche d'égout dont la grille a disparu", "une grande flaque qui ne s'évacue jamais",
         "un avaloir plein de terre et de gravillons", "une grille d'eaux pluviales cassée"},
        {"À chaque pluie, la rue est inondée.", "L'eau monte jusqu'au seuil des maisons.",
         "Les voitures éclaboussent les piétons.", "Les piétons doivent sauter par-dessus la flaque.",
         "L'eau stagne plusieurs jours après l'orage.", "Les moustiques adorent ça.",
         "En hiver, ça va geler et devenir une patinoire.", "La cave de l'immeuble a pris l'eau."},
        {"Merci de prévoir un curage.", "Merci de déboucher avant les prochains orages.",
         "Sinon les caves vont encore être inondées."},
        {"Hydrocureuse à demander à Est Ensemble.", "Grille manquante : balisage immédiat."},
        {"Avaloir curé.", "Grille remplacée et avaloir débouché."});

    add(t, "fuite", teamVoirieNord, toEauEstEnsemble,
        {"une fuite d'eau", "de l'eau qui jaillit de la chaussée", "une fuite sur une bouche d'incendie",
         "de l'eau qui coule en continu dans le caniveau", "une fuite qui sort d'une plaque au sol",
         "une borne fontaine qui coule sans arrêt", "une canalisation qui fuit sous la chaussée",
         "un geyser au niveau d'une vanne", "de l'eau claire qui remonte entre les pavés",
         "une flaque qui grandit sans qu'il ait plu"},
        {"Ça coule depuis hier soir sans arrêt.", "L'eau commence à creuser la chaussée.",
         "Des milliers de litres doivent partir à l'égout.", "Quel gâchis d'eau potable !",
         "Il n'a pas plu depuis une semaine.", "La pression a baissé dans notre immeuble.",
         "La chaussée commence à s'affaisser.", "Avec le froid, ça va geler."},
        {"Merci de prévenir le service des eaux en urgence.", "C'est urgent, l'eau coule à flots.",
         "Merci de couper l'eau rapidement."},
        {"Prévenir le délégataire eau potable.", "Baliser, risque d'affaissement."},
        {"Fuite réparée par le délégataire.", "Vanne refermée, chaussée à reprendre."});

    add(t, "odeurs", teamVoirieSud, toEauEstEnsemble,
        {"des odeurs d'égout", "une odeur nauséabonde qui remonte des bouches d'égout",
         "une forte odeur d'œuf pourri", "des remontées d'odeurs très fortes",
         "une puanteur qui sort des grilles", "des odeurs d'égout jusque dans les appartements",
         "une odeur pestilentielle près du regard", "des émanations nauséabondes dans toute la rue",
         "une odeur d'eaux usées persistante"},
        {"On ne peut plus ouvrir les fenêtres.", "C'est pire quand il fait chaud.",
         "Les clients du café se plaignent.", "Ça prend à la gorge.", "Ça a commencé après les travaux.",
         "Les enfants ont mal à la tête.", "On dirait que le siphon est sec.",
         "La nuit, c'est insoutenable."},
        {"Merci de vérifier le réseau.", "C'est insupportable, merci d'agir.",
         "Il faudrait un curage du réseau."},
        {"Contrôle H2S à demander.", "Regard à inspecter, siphon possiblement désamorcé."},
        {"Curage du collecteur effectué.", "Siphon remis en eau, plus d'odeur."});

    return t;
}

CategoryTexts buildGeneric()
{
    CategoryTexts g;
    g.team = QStringLiteral("le service concerné");
    g.authority = QStringLiteral("au gestionnaire concerné");
    g.subjects =
        strings({"un problème sur la voie publique", "une situation anormale", "un souci dans la rue",
                 "une anomalie sur l'espace public", "un problème d'entretien", "quelque chose qui ne va pas",
                 "un équipement public endommagé", "une gêne importante pour les passants"});
    g.details =
        strings({"C'est gênant pour tout le monde.", "Les voisins l'ont aussi remarqué.",
                 "Je ne sais pas à quel service m'adresser.", "Ça pourrait devenir dangereux.",
                 "Les enfants passent par là tous les jours.", "Je peux envoyer une photo si besoin."});
    g.closings = strings({"Merci de regarder ça.", "Merci de transmettre au bon service."});
    g.hints = strings({"Catégorie à préciser.", "Voir avec le service compétent."});
    g.fixes = strings({"Intervention terminée.", "Problème réglé."});
    return g;
}

/** Shared pools of the descriptions. */
struct Pools
{
    QStringList greetings;
    QStringList openers;
    QStringList places;
    QStringList numberedPlaces; // followed by a street number
    QStringList durations;
    QStringList closings;
    QStringList months;
    QStringList busLines;
    CategoryTable categories;
    CategoryTexts generic;
};

const Pools &pools()
{
    static const Pools p = [] {
        Pools x;
        x.greetings = strings({"Bonjour,", "Bonjour,", "Bonjour.", "Bonsoir,", "Madame, Monsieur,",
                               "Bonjour à vous,", "Bonjour la mairie,", "Bonjour à toute l'équipe,",
                               "Bonjour, et merci pour l'application.", "Rebonjour,"});
        x.openers = strings({"Il y a ",
                             "Il y a encore ",
                             "Je vous signale ",
                             "Je me permets de vous signaler ",
                             "Je souhaite signaler ",
                             "Je signale ",
                             "Y a ",
                             "On a ",
                             "Nous avons ",
                             "Signalement : ",
                             "Encore ",
                             "Toujours ",
                             "Petit signalement : ",
                             "Je constate ",
                             "Je voudrais vous signaler ",
                             "Attention, ",
                             "Pour info, il y a ",
                             "Franchement, il y a ",
                             "Depuis quelque temps, il y a ",
                             "Je remarque ",
                             "En passant ce matin, j'ai remarqué ",
                             "Hier soir, j'ai remarqué ",
                             "Des voisins et moi avons remarqué ",
                             "Je tiens à signaler ",
                             "Merci de noter qu'il y a ",
                             "Je me permets de signaler "});
        x.places = strings({"devant l'école élémentaire",
                            "devant l'école maternelle",
                            "à la sortie du métro",
                            "près de l'arrêt de bus",
                            "au coin de la rue",
                            "devant la pharmacie",
                            "en face de la boulangerie",
                            "près du marché",
                            "à hauteur du passage piéton",
                            "juste après le carrefour",
                            "le long du canal",
                            "près de la crèche",
                            "devant la supérette",
                            "en bas de chez moi",
                            "en bas de mon immeuble",
                            "à côté du gymnase",
                            "devant l'entrée de la résidence",
                            "près de la station Vélib'",
                            "en face de la poste",
                            "à côté du bureau de tabac",
                            "près du centre de santé",
                            "près de la médiathèque",
                            "devant le collège",
                            "à côté de la laverie",
                            "en face du supermarché",
                            "près de l'église",
                            "au rond-point",
                            "à l'entrée de l'impasse",
                            "devant la salle de sport",
                            "près du city-stade",
                            "derrière le centre commercial",
                            "à deux pas de la mairie",
                            "vers le pont du canal",
                            "au pied de la tour",
                            "en face du lycée",
                            "près de la gare",
                            "devant le PMU",
                            "à côté de l'auto-école",
                            "devant le cabinet médical",
                            "près du square"});
        x.numberedPlaces = strings({"devant le n° ", "au niveau du ", "à hauteur du ", "en face du ",
                                    "juste devant le ", "à côté du "});
        x.durations =
            strings({"Je l'ai remarqué ce matin en partant au travail.", "C'est apparu ce week-end.",
                     "Ça date d'hier soir.", "Déjà signalé le mois dernier, rien n'a bougé.",
                     "Le problème revient régulièrement.", "Ça empire de jour en jour.",
                     "Depuis lundi, aucun changement.", "C'est la deuxième fois que je le signale.",
                     "Plusieurs voisins s'en sont déjà plaints.", "Ça dure depuis le début du mois.",
                     "C'est comme ça depuis les vacances.", "J'ai appelé la mairie, sans suite.",
                     "C'est comme ça depuis au moins deux semaines.", "Ça dure depuis trois jours.",
                     "Personne ne semble s'en occuper."});
        x.closings = strings({"Merci d'intervenir rapidement.",
                              "Merci d'avance.",
                              "Merci de faire le nécessaire.",
                              "Cordialement.",
                              "Bien cordialement.",
                              "Bonne journée.",
                              "Merci pour votre travail.",
                              "Pouvez-vous faire quelque chose ?",
                              "Merci de me tenir informé.",
                              "Merci de me tenir informée.",
                              "C'est inadmissible.",
                              "Ça fait trois semaines que ça dure !",
                              "On compte sur vous.",
                              "Merci par avance pour votre intervention.",
                              "J'espère que ce sera vite réglé.",
                              "Bon courage à vos équipes.",
                              "Je joins une photo.",
                              "Photo jointe.",
                              "Je reste disponible si besoin de précisions.",
                              "Merci, c'est vraiment pénible pour tout le quartier.",
                              "Les habitants attendent une solution.",
                              "Franchement, ça devient n'importe quoi.",
                              "Merci de passer voir.",
                              "Merci beaucoup !",
                              "Bonne soirée.",
                              "Salutations."});
        x.months = strings({"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                            "septembre", "octobre", "novembre", "décembre"});
        x.busLines = strings({"61", "151", "170", "249", "330", "523", "701"});
        x.categories = buildCategories();
        x.generic = buildGeneric();
        return x;
    }();
    return p;
}

const CategoryTexts &categoryTexts(const QString &code)
{
    const Pools &p = pools();
    const auto it = p.categories.constFind(code);
    return it == p.categories.cend() ? p.generic : *it;
}

/** Appends text, lower-casing its first letter when it continues a sentence ("Bonjour, il y a"). */
void appendContinuing(QString &out, const QString &text, bool lowerFirst)
{
    if (lowerFirst && !text.isEmpty()) {
        out += text.at(0).toLower();
        out += QStringView(text).mid(1);
    } else {
        out += text;
    }
}

// --- Streets --------------------------------------------------------------------------------------------

QHash<QString, QStringList> buildPantinStreets()
{
    QHash<QString, QStringList> h;
    h.insert(QStringLiteral("quatre-chemins"),
             strings({"avenue Édouard-Vaillant", "rue Cartier-Bresson", "rue Magenta", "rue Sadi-Carnot",
                      "rue Jules-Auffret", "rue Denis-Papin", "rue Auger", "rue Palestro", "rue des Grilles",
                      "rue Édouard-Renard", "rue Diderot", "rue Condorcet", "rue Lesault", "rue Honoré",
                      "avenue Jean-Lolive"}));
    h.insert(QStringLiteral("courtillieres"),
             strings({"avenue des Courtillières", "avenue de la Division-Leclerc", "allée du Serpentin",
                      "rue de l'Ancien-Canal", "allée des Courtillières", "rue Aimé-Césaire",
                      "allée Jean-Ferrat", "rue du Fort", "chemin des Marais", "allée des Tilleuls",
                      "rue Marcel-Pagnol", "place du Marché-des-Courtillières"}));
    h.insert(QStringLiteral("petit-pantin"),
             strings({"quai de l'Ourcq", "rue du Congo", "rue Lavoisier", "rue Jacquart", "rue Montgolfier",
                      "rue de la Distillerie", "rue Formagne", "rue du Débarcadère", "rue Marcelin-Berthelot",
                      "chemin du Halage", "rue des Écluses", "avenue du Petit-Pantin"}));
    h.insert(QStringLiteral("mairie-ourcq"),
             strings({"avenue du Général-Leclerc", "quai de l'Aisne", "rue Delizy", "rue Charles-Auray",
                      "rue Lapérouse", "place de la Pointe", "rue Franklin", "rue Benjamin-Delessert",
                      "rue Victor-Hugo", "rue Cornet", "place de la Mairie", "rue des Magasins-Généraux"}));
    h.insert(QStringLiteral("eglise"),
             strings({"avenue Jean-Lolive", "place de l'Église", "rue du Pré-Saint-Gervais", "rue Courtois",
                      "rue Lépine", "rue Berthier", "rue Sainte-Marguerite", "rue du Général-Compans",
                      "rue Eugène-et-Marie-Louise-Cornet", "place Olympe-de-Gouges", "rue Scandicci",
                      "rue Gutenberg", "rue Candale"}));
    h.insert(QStringLiteral("hoche"),
             strings({"rue Hoche", "avenue Jean-Lolive", "rue Étienne-Marcel", "rue Méhul",
                      "rue Rouget-de-Lisle", "rue Jean-Nicot", "rue de la Paix", "rue Beaurepaire",
                      "rue Pasteur", "rue Kléber", "square Lapérouse", "rue Jules-Jacquemin"}));
    h.insert(
        QStringLiteral("les-limites"),
        strings({"rue des Sept-Arpents", "rue Gabrielle-Josserand", "rue Louis-Nadot", "rue Charles-Nodier",
                 "rue Anatole-France", "rue Pierre-Brossolette", "rue de la Liberté", "rue Meissonnier",
                 "rue des Limites", "rue Marcelle", "villa des Lilas", "sentier des Bruyères"}));
    h.insert(QStringLiteral("haut-pantin"),
             strings({"rue des Pommiers", "sentier des Pommiers", "rue du Onze-Novembre", "chemin des Vignes",
                      "rue de la Convention", "rue Eugène-Varlin", "rue Lakanal", "rue Boieldieu",
                      "rue Danton", "avenue Weber", "rue Ernest-Renan", "rue du Fort-de-Romainville"}));
    return h;
}

const QHash<QString, QStringList> &pantinStreets()
{
    static const QHash<QString, QStringList> streets = buildPantinStreets();
    return streets;
}

const QStringList &allPantinStreets()
{
    static const QStringList all = [] {
        QStringList out;
        const QHash<QString, QStringList> &byDistrict = pantinStreets();
        for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it) {
            for (const QString &street : it.value()) {
                if (!out.contains(street))
                    out.append(street);
            }
        }
        out.sort(); // QHash order is not stable: sort for determinism
        return out;
    }();
    return all;
}

const QStringList &genericStreets()
{
    static const QStringList streets = strings({"rue de la République",
                                                "rue Victor-Hugo",
                                                "avenue Jean-Jaurès",
                                                "rue Jean-Moulin",
                                                "rue Pasteur",
                                                "rue Gambetta",
                                                "avenue du Général-de-Gaulle",
                                                "rue de la Paix",
                                                "rue des Écoles",
                                                "rue du Stade",
                                                "rue Anatole-France",
                                                "boulevard de la Liberté",
                                                "rue Émile-Zola",
                                                "rue Voltaire",
                                                "rue Jules-Ferry",
                                                "rue de la Mairie",
                                                "place de la Libération",
                                                "rue Paul-Vaillant-Couturier",
                                                "avenue Henri-Barbusse",
                                                "rue Gabriel-Péri",
                                                "rue Louise-Michel",
                                                "rue du Marché",
                                                "allée des Tilleuls",
                                                "rue des Lilas",
                                                "rue Pierre-Curie",
                                                "rue Lucie-Aubrac",
                                                "rue Danielle-Casanova",
                                                "rue Jean-Baptiste-Clément",
                                                "rue de la Gare",
                                                "impasse des Jardins",
                                                "rue du Moulin",
                                                "sente des Vignes",
                                                "rue Parmentier",
                                                "rue Condorcet",
                                                "avenue de la Résistance",
                                                "rue Marceau"});
    return streets;
}

// --- People -------------------------------------------------------------------------------------------

const QStringList &firstNames()
{
    static const QStringList names = strings(
        {"Camille",   "Léa",     "Manon",   "Chloé",     "Inès",        "Sarah",        "Yasmine",
         "Fatoumata", "Aïcha",   "Nadia",   "Sofia",     "Emma",        "Jade",         "Louise",
         "Zoé",       "Clara",   "Lina",    "Maëlys",    "Anaïs",       "Mélanie",      "Nathalie",
         "Isabelle",  "Sylvie",  "Martine", "Françoise", "Mei",         "Linh",         "Hélène",
         "Amina",     "Awa",     "Leïla",   "Samira",    "Ana",         "Marta",        "Priya",
         "Élodie",    "Océane",  "Thomas",  "Lucas",     "Hugo",        "Louis",        "Nathan",
         "Mohamed",   "Karim",   "Youssef", "Mamadou",   "Moussa",      "Ibrahima",     "Adama",
         "Kevin",     "Julien",  "Nicolas", "Pierre",    "Jean-Pierre", "Michel",       "Alain",
         "Bernard",   "Patrick", "Rachid",  "Samir",     "Mehdi",       "Bilal",        "Amadou",
         "Wei",       "Minh",    "Thierry", "Antoine",   "Baptiste",    "Théo",         "Gabriel",
         "Raphaël",   "Malik",   "Sacha",   "Enzo",      "Rayan",       "Omar",         "Kofi",
         "Arthur",    "Jules",   "Hakim",   "Dominique", "Claude",      "Marie-Claire", "Jean-Baptiste",
         "Noémie",    "Agathe",  "Soumaya", "Dimitri"});
    return names;
}

const QStringList &fakeSurnames()
{
    static const QStringList names =
        strings({"Exemple",   "Fictif",     "Essai",     "Témoin",    "Maquette",   "Démo",
                 "Lambda",    "Modèle",     "Prototype", "Brouillon", "Spécimen",   "Échantillon",
                 "Factice",   "Imaginaire", "Quidam",    "Anonyme",   "Untel",      "Tartempion",
                 "Pseudo",    "Gabarit",    "Canevas",   "Ébauche",   "Esquisse",   "Pilote",
                 "Fantôme",   "Virtuel",    "Figurant",  "Doublure",  "Cobaye",     "Simulacre",
                 "Substitut", "Inventé",    "Bidon",     "Test",      "Exemplaire", "Postiche"});
    return names;
}

/** Lower-case ASCII slug: accents stripped, letters, digits and inner hyphens kept, anything else one dot. */
QString asciiSlug(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingDot = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.toLower().unicode();
        QString piece;
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            piece = QChar(u);
        else if (u == u'œ')
            piece = QStringLiteral("oe");
        else if (u == u'æ')
            piece = QStringLiteral("ae");
        else if (u == u'ß')
            piece = QStringLiteral("ss");
        else if (u == u'-' && !out.isEmpty() && !pendingDot)
            piece = QStringLiteral("-");
        if (piece.isEmpty()) {
            pendingDot = !out.isEmpty();
            continue;
        }
        if (pendingDot)
            out += u'.';
        pendingDot = false;
        out += piece;
    }
    return out;
}

// --- Notes and replies --------------------------------------------------------------------------------

const QStringList &days()
{
    static const QStringList list = strings(
        {"jeudi", "lundi matin", "demain", "mardi après-midi", "en fin de semaine", "la semaine prochaine",
         "vendredi", "mercredi matin", "dans la journée", "lundi", "jeudi matin", "sous 48 h"});
    return list;
}

QHash<QString, QStringList> buildNotes()
{
    QHash<QString, QStringList> h;
    h.insert(QStringLiteral("triage"),
             strings({"Signalement reçu, à qualifier.", "Photo exploitable, catégorie cohérente.",
                      "À vérifier : doublon possible avec un signalement voisin.",
                      "Adresse précisée par téléphone avec l'usager.",
                      "Localisation approximative, à confirmer sur place.",
                      "Catégorie corrigée après lecture de la description."}));
    h.insert(QStringLiteral("acknowledged"),
             strings({"Pris en compte, à programmer avec {T}.", "Vu avec {T}, à programmer.",
                      "Accusé de réception envoyé à l'usager.", "Enregistré, intervention à voir avec {T}.",
                      "Dossier validé, priorité normale."}));
    h.insert(QStringLiteral("investigating"), strings({"Passage de contrôle prévu {D} avec {T}.",
                                                       "Constat sur place demandé, retour attendu {D}.",
                                                       "Agent envoyé sur place {D} pour évaluer.",
                                                       "Vérification en cours avec {T}, photos à l'appui."}));
    h.insert(QStringLiteral("waiting"), strings({"En attente de précisions de l'usager sur l'emplacement.",
                                                 "En attente du retour du bailleur.",
                                                 "Devis demandé au prestataire, réponse attendue {D}.",
                                                 "Matériel commandé, en attente de livraison.",
                                                 "En attente d'une autorisation de la copropriété."}));
    h.insert(QStringLiteral("planned"),
             strings({"Vu avec {T}, passage prévu {D}.", "Intervention planifiée {D}, créneau du matin.",
                      "Programmé {D} avec {T}.", "Inscrit au planning, passage {D}."}));
    h.insert(QStringLiteral("in_progress"), strings({"Équipe sur place.", "Intervention en cours avec {T}.",
                                                     "Travaux commencés ce matin, fin prévue {D}.",
                                                     "Début d'intervention, photos avant travaux prises."}));
    h.insert(
        QStringLiteral("forwarded"),
        strings({"Transmis {A} par mail.", "Dossier transmis {A}, relance prévue {D}.",
                 "Envoyé {A} avec photos et localisation.", "Hors compétence communale : transmis {A}."}));
    h.insert(QStringLiteral("fixed"),
             strings({"Intervention terminée, photo après travaux jointe.", "Fait ce matin par {T}.",
                      "Terminé, contrôle visuel OK.", "Réglé par {T}, rien à signaler."}));
    h.insert(QStringLiteral("closed"),
             strings({"Clôturé après vérification.", "Pas de retour de l'usager, clôture.",
                      "Clôture après contrôle sur place.", "Usager informé, dossier clos."}));
    h.insert(QStringLiteral("duplicate"),
             strings({"Doublon d'un signalement déjà en cours à proximité.",
                      "Même emplacement qu'un ticket ouvert la semaine dernière, fusionné.",
                      "Déjà signalé par un autre usager, lié au ticket existant."}));
    h.insert(QStringLiteral("not_responsible"),
             strings({"Domaine privé (résidence), hors compétence communale.",
                      "Parcelle du bailleur, usager orienté vers le gardien.",
                      "Voie privée, pas d'intervention possible.",
                      "Relève d'un autre gestionnaire, usager informé."}));
    h.insert(QStringLiteral("no_further_action"),
             strings({"Constat sur place : rien d'anormal.", "Déjà réglé à notre passage.",
                      "Problème non constaté lors du contrôle.", "Situation conforme, pas d'intervention."}));
    h.insert(QStringLiteral("cancelled"),
             strings({"Annulé à la demande de l'usager.", "Saisie en double par erreur, annulé.",
                      "Signalement de test, annulé."}));
    return h;
}

QHash<QString, QStringList> buildReplies()
{
    QHash<QString, QStringList> h;
    h.insert(QStringLiteral("triage"),
             strings({"Nous avons bien reçu votre signalement{L}. Il va être examiné par nos services.",
                      "Merci pour votre signalement{L}, qui a bien été enregistré. Il sera étudié très "
                      "prochainement."}));
    h.insert(
        QStringLiteral("acknowledged"),
        strings({"Votre signalement{L} a bien été pris en compte. Nos services vont intervenir dans les "
                 "meilleurs délais.",
                 "Nous accusons réception de votre signalement{L}. Il a été transmis à l'équipe chargée de "
                 "l'intervention."}));
    h.insert(
        QStringLiteral("investigating"),
        strings(
            {"Un agent va se rendre sur place afin d'évaluer la situation décrite dans votre "
             "signalement{L}.",
             "Nos services procèdent actuellement à des vérifications concernant votre signalement{L}."}));
    h.insert(
        QStringLiteral("waiting"),
        strings(
            {"Afin de traiter votre signalement{L}, pourriez-vous nous préciser l'emplacement exact ou nous "
             "transmettre une photo\u00a0?",
             "Le traitement de votre signalement{L} est en attente d'une intervention extérieure. Nous "
             "revenons vers vous dès que possible."}));
    h.insert(
        QStringLiteral("planned"),
        strings({"Une intervention est planifiée pour votre signalement{L}. Nos équipes passeront dans les "
                 "prochains jours.",
                 "Bonne nouvelle\u00a0: l'intervention concernant votre signalement{L} est programmée."}));
    h.insert(QStringLiteral("in_progress"),
             strings({"Nos équipes interviennent actuellement suite à votre signalement{L}.",
                      "L'intervention concernant votre signalement{L} est en cours."}));
    h.insert(
        QStringLiteral("forwarded"),
        strings({"Votre signalement{L} relève de la compétence d'un autre organisme, auquel nous l'avons "
                 "transmis. Nous en suivons le traitement.",
                 "Nous avons transmis votre signalement{L} au gestionnaire compétent, qui se chargera de "
                 "l'intervention."}));
    h.insert(QStringLiteral("fixed"),
             strings({"Le problème que vous avez signalé{L} a été résolu. Merci pour votre vigilance.",
                      "Nos équipes sont intervenues\u00a0: votre signalement{L} est résolu."}));
    h.insert(QStringLiteral("closed"),
             strings({"Votre signalement{L} est désormais clos. Merci de votre contribution à la qualité de "
                      "l'espace public.",
                      "Nous clôturons votre signalement{L}. N'hésitez pas à nous recontacter si le problème "
                      "réapparaît."}));
    h.insert(
        QStringLiteral("duplicate"),
        strings({"Votre signalement{L} concerne un problème déjà signalé et en cours de traitement. Il a été "
                 "regroupé avec le signalement existant.",
                 "Ce problème{L} nous avait déjà été signalé\u00a0: il est en cours de traitement."}));
    h.insert(
        QStringLiteral("not_responsible"),
        strings(
            {"Après vérification, le lieu concerné par votre signalement{L} ne relève pas du domaine public "
             "communal. Nous vous invitons à contacter le propriétaire ou le gestionnaire du site.",
             "Votre signalement{L} concerne un espace privé sur lequel la commune ne peut pas intervenir."}));
    h.insert(
        QStringLiteral("no_further_action"),
        strings({"Après passage de nos agents, aucune intervention n'a été jugée nécessaire concernant votre "
                 "signalement{L}.",
                 "Nos agents se sont rendus sur place et n'ont pas constaté d'anomalie concernant votre "
                 "signalement{L}."}));
    h.insert(
        QStringLiteral("cancelled"),
        strings({"Votre signalement{L} a été annulé. N'hésitez pas à nous contacter si le problème persiste.",
                 "Comme convenu, votre signalement{L} a été annulé."}));
    return h;
}

QHash<QString, QStringList> buildReasons()
{
    QHash<QString, QStringList> h;
    h.insert(QStringLiteral("no_further_action"),
             strings({"Aucune anomalie constatée sur place.", "Problème déjà résolu à l'arrivée des agents.",
                      "Situation conforme à la réglementation.", "Intervention non justifiée après contrôle.",
                      "Usure normale, sans danger pour les usagers."}));
    h.insert(QStringLiteral("not_responsible"),
             strings({"Terrain privé : relève du propriétaire.", "Domaine du bailleur social.",
                      "Voie départementale : compétence du Département.",
                      "Réseau d'assainissement géré par Est Ensemble.",
                      "Mobilier voyageurs géré par Île-de-France Mobilités.", "Copropriété privée."}));
    h.insert(QStringLiteral("cancelled"),
             strings({"Annulé à la demande de l'usager.", "Signalement créé par erreur.", "Saisie en double.",
                      "Signalement de test."}));
    h.insert(QStringLiteral("waiting"),
             strings({"En attente de précisions de l'usager.", "En attente d'un devis du prestataire.",
                      "En attente de livraison de matériel.", "En attente de l'accord du propriétaire.",
                      "En attente de conditions météo favorables.",
                      "En attente de l'intervention d'un concessionnaire."}));
    return h;
}

struct Comments
{
    QHash<QString, QStringList> notes;
    QHash<QString, QStringList> replies;
    QHash<QString, QStringList> reasons;
    QStringList replyGreetings;
    QStringList replyExtras;
    QStringList signatures;
};

const Comments &comments()
{
    static const Comments c = [] {
        Comments x;
        x.notes = buildNotes();
        x.replies = buildReplies();
        x.reasons = buildReasons();
        x.replyGreetings = strings({"Bonjour,", "Madame, Monsieur,", "Bonjour Madame, Monsieur,"});
        x.replyExtras = strings({"Merci pour votre signalement.", "Nous vous remercions de votre confiance.",
                                 "Merci de contribuer à l'amélioration de notre ville.",
                                 "Vous pouvez suivre l'avancement de votre demande en ligne."});
        x.signatures = strings({"La mairie de Pantin", "Le service Relation usagers de la mairie de Pantin",
                                "L'équipe de la mairie de Pantin"});
        return x;
    }();
    return c;
}

} // namespace

QString DemoText::description(const QString &categoryCode, Rng &rng)
{
    const Pools &p = pools();
    const CategoryTexts &c = categoryTexts(categoryCode);

    QString out;
    out.reserve(360);

    bool lowerNext = false;
    if (chance(rng, 55)) {
        const QString &greeting = pickFrom(p.greetings, rng);
        out += greeting;
        out += u' ';
        lowerNext = greeting.endsWith(u',');
    }
    appendContinuing(out, pickFrom(p.openers, rng), lowerNext);
    out += pickFrom(c.subjects, rng);

    if (chance(rng, 65)) {
        out += u' ';
        if (!c.places.isEmpty()) {
            out += pickFrom(c.places, rng);
        } else if (chance(rng, 18)) {
            out += pickFrom(p.numberedPlaces, rng);
            out += QString::number(between(rng, 1, 160));
        } else if (chance(rng, 5)) {
            out += QStringLiteral("à l'arrêt du bus ");
            out += pickFrom(p.busLines, rng);
        } else {
            out += pickFrom(p.places, rng);
        }
    }
    out += u'.';

    if (chance(rng, 70)) {
        out += u' ';
        out += pickFrom(c.details, rng);
    }

    if (chance(rng, 45)) {
        out += u' ';
        const quint64 kind = pick(rng, 10);
        if (kind == 0) {
            out += QStringLiteral("Ça dure depuis ");
            out += QString::number(between(rng, 2, 20));
            out += QStringLiteral(" jours.");
        } else if (kind == 1) {
            out += QStringLiteral("Ça fait ");
            out += QString::number(between(rng, 2, 15));
            out += QStringLiteral(" jours que c'est comme ça !");
        } else if (kind == 2) {
            out += QStringLiteral("Déjà signalé il y a ");
            out += QString::number(between(rng, 2, 6));
            out += QStringLiteral(" semaines, toujours rien.");
        } else if (kind == 3) {
            const int day = between(rng, 1, 28);
            out += day == 1 ? QStringLiteral("Depuis le 1er ") : QStringLiteral("Depuis le %1 ").arg(day);
            out += pickFrom(p.months, rng);
            out += QStringLiteral(", rien n'a changé.");
        } else if (kind == 4) {
            out += QStringLiteral("J'habite le quartier depuis ");
            out += QString::number(between(rng, 3, 30));
            out += QStringLiteral(" ans et c'est de pire en pire.");
        } else {
            out += pickFrom(p.durations, rng);
        }
    }

    if (chance(rng, 60)) {
        out += u' ';
        if (!c.closings.isEmpty() && chance(rng, 35))
            out += pickFrom(c.closings, rng);
        else
            out += pickFrom(p.closings, rng);
    }
    return out;
}

const QStringList &DemoText::streets(const QString &municipality, const QString &districtCode)
{
    if (municipality == QLatin1String("93055")) {
        const QHash<QString, QStringList> &byDistrict = pantinStreets();
        const auto it = byDistrict.constFind(districtCode);
        if (it != byDistrict.cend())
            return *it;
        if (districtCode.isEmpty())
            return allPantinStreets();
    }
    return genericStreets();
}

QString DemoText::address(const QString &municipality, const QString &districtCode, Rng &rng)
{
    const QStringList &list = streets(municipality, districtCode);
    const QString &street = pickFrom(list, rng);
    const int number = between(rng, 1, 160);
    const quint64 form = pick(rng, 100);
    if (form < 50)
        return QStringLiteral("%1 %2").arg(number).arg(street);
    if (form < 60) {
        const QString suffix = chance(rng, 75) ? QStringLiteral("bis") : QStringLiteral("ter");
        return QStringLiteral("%1 %2 %3").arg(number).arg(suffix, street);
    }
    if (form < 72)
        return QStringLiteral("face au %1 %2").arg(number).arg(street);
    if (form < 80)
        return QStringLiteral("devant le %1 %2").arg(number).arg(street);
    if (form < 85)
        return QStringLiteral("à côté du %1 %2").arg(number).arg(street);
    if (list.size() > 1) {
        const qsizetype first = list.indexOf(street);
        const qsizetype offset = 1 + qsizetype(pick(rng, quint64(list.size() - 1)));
        const QString &other = list.at((first + offset) % list.size());
        return QStringLiteral("angle %1 et %2").arg(street, other);
    }
    return QStringLiteral("%1 %2").arg(number).arg(street);
}

QString DemoText::reporterName(Rng &rng)
{
    const QString &first = pickFrom(firstNames(), rng);
    const QString &last = pickFrom(fakeSurnames(), rng);
    return first + u' ' + last;
}

QString DemoText::reporterEmail(const QString &name, Rng &rng)
{
    QString slug = asciiSlug(name);
    if (slug.isEmpty())
        slug = QStringLiteral("usager");
    const quint64 form = pick(rng, 10);
    QString local;
    const qsizetype dot = slug.indexOf(u'.');
    if (form < 2 && dot > 0) {
        // initial of the first name: "c.exemple"
        local = slug.left(1) + slug.mid(dot);
    } else if (form < 3 && dot > 0) {
        // surname first: "exemple.camille"
        local = slug.mid(dot + 1) + u'.' + slug.left(dot);
    } else {
        local = slug;
    }
    if (chance(rng, 70))
        local += QString::number(between(rng, 1, 99));
    return local + QStringLiteral("@example.org");
}

QString DemoText::reporterPhone(Rng &rng)
{
    const int a = int(pick(rng, 100));
    const int b = int(pick(rng, 100));
    return QStringLiteral("06 39 98 %1 %2").arg(a, 2, 10, QLatin1Char('0')).arg(b, 2, 10, QLatin1Char('0'));
}

QString DemoText::internalNote(const QString &categoryCode, const QString &statusCode, Rng &rng)
{
    const CategoryTexts &c = categoryTexts(categoryCode);
    const Comments &all = comments();
    const auto it = all.notes.constFind(statusCode);
    if (it == all.notes.cend())
        return QStringLiteral("Mise à jour du dossier.");

    const bool technical =
        statusCode == QLatin1String("acknowledged") || statusCode == QLatin1String("investigating") ||
        statusCode == QLatin1String("planned") || statusCode == QLatin1String("in_progress");
    QString note;
    if (statusCode == QLatin1String("fixed") && chance(rng, 60))
        note = pickFrom(c.fixes, rng);
    else
        note = pickFrom(*it, rng);
    const QString &day = pickFrom(days(), rng);
    note.replace(QLatin1String("{T}"), c.team);
    note.replace(QLatin1String("{A}"), c.authority);
    note.replace(QLatin1String("{D}"), day);
    if (technical && chance(rng, 45)) {
        note += u' ';
        note += pickFrom(c.hints, rng);
    }
    return note;
}

QString DemoText::publicReply(const QString &categoryLabel, const QString &statusCode, Rng &rng)
{
    const Comments &all = comments();
    const QString label = categoryLabel.trimmed().isEmpty()
                              ? QString()
                              : QStringLiteral(" «\u00a0%1\u00a0»").arg(categoryLabel.trimmed());

    QString reply = pickFrom(all.replyGreetings, rng);
    reply += QStringLiteral("\n\n");
    const auto it = all.replies.constFind(statusCode);
    if (it != all.replies.cend()) {
        QString body = pickFrom(*it, rng);
        body.replace(QLatin1String("{L}"), label);
        reply += body;
    } else {
        reply += QStringLiteral("Votre signalement%1 a été mis à jour.").arg(label);
    }
    if (chance(rng, 40)) {
        reply += u' ';
        reply += pickFrom(all.replyExtras, rng);
    }
    reply += QStringLiteral("\n\nCordialement,\n");
    reply += pickFrom(all.signatures, rng);
    return reply;
}

QString DemoText::reason(const QString &statusCode, Rng &rng)
{
    const Comments &all = comments();
    const auto it = all.reasons.constFind(statusCode);
    if (it == all.reasons.cend())
        return QStringLiteral("Décision du service.");
    return pickFrom(*it, rng);
}

} // namespace lanterne::demo
