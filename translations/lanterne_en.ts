<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>BulkBar</name>
    <message>
        <location filename="../qml/Lanterne/App/components/BulkBar.qml" line="+51"/>
        <source>Actions sur la sélection</source>
        <translation>Actions on the selection</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln sélectionné(s)</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Affecter…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statut…</source>
        <translation>Status…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priorité…</source>
        <translation>Priority…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Planifier…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ajouter à la tournée d&apos;une équipe, un jour donné</source>
        <translation>Add to a team&apos;s round on a given day</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transmettre…</source>
        <translation>Forward…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Désélectionner</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Annuler : %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Défait la dernière action groupée (les signalements modifiés depuis restent tels quels)</source>
        <translation>Undoes the last bulk action (tickets changed since stay as they are)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+11"/>
        <source>%Ln signalement(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>divers</source>
        <translation>various</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Affecter %Ln signalement(s)</source>
        <translation>
            <numerusform>Assign %Ln ticket</numerusform>
            <numerusform>Assign %Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+22"/>
        <source>— inchangé —</source>
        <translation>— unchanged —</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>— inchangée —</source>
        <translation>— unchanged —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>— personne —</source>
        <translation>— nobody —</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <location filename="../src/core/storage/bulkedit.cpp" line="+33"/>
        <source>1 signalement modifié</source>
        <translation>1 ticket changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 signalements modifiés</source>
        <translation>%1 tickets changed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 refusé</source>
        <translation>1 refused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 refusés</source>
        <translation>%1 refused</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Annulation : %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>modifié depuis</source>
        <translation>changed since</translation>
    </message>
</context>
<context>
    <name>CentralDatabase</name>
    <message>
        <location filename="../src/core/sync/centraldatabase.cpp" line="+99"/>
        <source>%1 (%2) : %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Vérifiez l&apos;identifiant et le mot de passe (page Réglages).</source>
        <translation>Check the login and the password (Settings page).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donnez le mot de passe (page Réglages).</source>
        <translation>Give the password (Settings page).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le nom du serveur ne correspond pas à son certificat : utilisez dans l&apos;adresse le nom exact du serveur.</source>
        <translation>The server&apos;s name does not match its certificate: use the server&apos;s exact name in the address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le serveur n&apos;a pas pu être vérifié : indiquez le certificat de l&apos;autorité de la ville (page Réglages).</source>
        <translation>The server could not be verified: give the city&apos;s certificate authority (Settings page).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le serveur refuse ce poste ou cette connexion non chiffrée : demandez à l&apos;administrateur de la base.</source>
        <translation>The server refuses this workstation or this unencrypted connection: ask the database administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vérifiez l&apos;identifiant et le nom de la base dans l&apos;adresse.</source>
        <translation>Check the login and the database name in the address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Droits insuffisants : demandez à l&apos;administrateur de la base.</source>
        <translation>Insufficient rights: ask the database administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le serveur est injoignable : les modifications restent sur ce poste et partiront d&apos;elles-mêmes.</source>
        <translation>The server cannot be reached: changes stay on this workstation and will be sent by themselves.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serveur inconnu : vérifiez l&apos;adresse et le réseau ; les modifications restent sur ce poste.</source>
        <translation>Unknown server: check the address and the network; changes stay on this workstation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le serveur ne répond pas : les modifications restent sur ce poste et partiront d&apos;elles-mêmes.</source>
        <translation>The server does not answer: changes stay on this workstation and will be sent by themselves.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La connexion a été coupée : la synchronisation reprendra d&apos;elle-même.</source>
        <translation>The connection was cut: sync will resume by itself.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Le pilote PostgreSQL de Qt (QPSQL) est absent : installez libqt6sql6-psql.</source>
        <translation>Qt&apos;s PostgreSQL driver (QPSQL) is missing: install libqt6sql6-psql.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connexion à la base centrale impossible</source>
        <translation>Cannot connect to the central database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Réglage de la session</source>
        <translation>Session setup</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>La base %1 n&apos;a pas le schéma de Lanterne : l&apos;administrateur doit d&apos;abord lancer « lanternectl central init ».</source>
        <translation>The database %1 does not have Lanterne&apos;s schema: the administrator must first run “lanternectl central init”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La base centrale %1 n&apos;est pas à jour pour ce poste (schéma %2, attendu %3) : demandez à l&apos;administrateur de lancer « lanternectl central migrate ».</source>
        <translation>The central database %1 is not up to date for this workstation (schema %2, expected %3): ask the administrator to run “lanternectl central migrate”.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lecture du schéma</source>
        <translation>Reading the schema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>La base %1 contient déjà un schéma « lanterne » qui n&apos;a pas été créé par Lanterne (propriétaire : %2) : rien n&apos;a été modifié ; choisissez une base vide ou dédiée à Lanterne.</source>
        <translation>The database %1 already holds a “lanterne” schema that Lanterne did not create (owner: %2): nothing was changed; choose an empty database or one dedicated to Lanterne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+65"/>
        <source>Rôles et schéma</source>
        <translation>Roles and schema</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Table des versions</source>
        <translation>Version table</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>Communes</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+86"/>
        <source>Lecture de la version du schéma</source>
        <translation>Reading the schema version</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>La base %1 n&apos;est pas initialisée : lancez d&apos;abord « lanternectl central init ».</source>
        <translation>The database %1 is not initialised: run “lanternectl central init” first.</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+90"/>
        <source>La base centrale %1 a le schéma %2, plus récent que cette version de Lanterne (%3) : mettez Lanterne à jour.</source>
        <translation>The central database %1 has schema %2, newer than this version of Lanterne (%3): update Lanterne.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <location line="+3"/>
        <source>Migration %1</source>
        <translation>Migration %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Création de l&apos;utilisateur %1 : le mot de passe n&apos;a pas pu être chiffré (%2)</source>
        <translation>Creating user %1: the password could not be encrypted (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Création de l&apos;utilisateur %1</source>
        <translation>Creating the user %1</translation>
    </message>
</context>
<context>
    <name>CentralDemo</name>
    <message>
        <location filename="../src/core/sync/centraldemo.cpp" line="+47"/>
        <location line="+9"/>
        <location line="+96"/>
        <location line="+21"/>
        <location line="+26"/>
        <location line="+51"/>
        <location line="+8"/>
        <location line="+13"/>
        <source>base centrale : %1</source>
        <translation>central database: %1</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>la ville de démonstration se charge avec le compte administrateur de la base centrale (celui de « central init »)</source>
        <translation>the demo city is loaded with the central database’s administrator account (the one used for “central init”)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>la base centrale n&apos;est pas initialisée ou pas à jour : lancez d&apos;abord « lanternectl central init »</source>
        <translation>the central database is not initialised or not up to date: run “lanternectl central init” first</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>la base centrale contient déjà des signalements : la ville de démonstration ne se charge que dans une base vide</source>
        <translation>the central database already holds tickets: the demo city only loads into an empty database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dossier temporaire impossible à créer : %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
</context>
<context>
    <name>CentralUrl</name>
    <message>
        <location filename="../src/core/sync/centralurl.cpp" line="+31"/>
        <source>adresse de la base centrale invalide (%1) : %2</source>
        <translation>invalid central database address (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>elle doit commencer par postgresql://</source>
        <translation>it must start with postgresql://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hôte manquant</source>
        <translation>missing host</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>paramètre inconnu « %1 »</source>
        <translation>unknown parameter “%1”</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../src/core/domain/codes.cpp" line="+19"/>
        <source>nouveau</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>à trier</source>
        <translation>to triage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pris en compte</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en cours d&apos;analyse</source>
        <translation>under investigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en attente du demandeur ou d&apos;un tiers</source>
        <translation>waiting for the reporter or a third party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planifié</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transmis à l&apos;autorité compétente</source>
        <translation>forwarded to the competent authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>résolu</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>clos</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doublon</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hors compétence</source>
        <translation>not our responsibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sans suite</source>
        <translation>no further action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ouvert</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fermé</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>basse</source>
        <translation>low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normale</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>haute</source>
        <translation>high</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgente</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>application mobile</source>
        <translation>mobile app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portail web</source>
        <translation>web portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accueil</source>
        <translation>front desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>courriel</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>signalement</source>
        <translation>report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suggestion</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>félicitation</source>
        <translation>compliment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>superviseur</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>équipe de terrain</source>
        <translation>field team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrateur</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Création</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quartier</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Position</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doublon de</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmis à</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routage</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demandeur</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de réception</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Suivi de la transmission</source>
        <translation>Forwarding follow-up</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Ordre dans la tournée</source>
        <translation>Order in the round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résultat de l&apos;intervention</source>
        <translation>Intervention result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temps passé (min)</source>
        <translation>Time spent (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matériel</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note de l&apos;équipe</source>
        <translation>Team&apos;s note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heure de l&apos;action</source>
        <translation>Time of the action</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Création du signalement</source>
        <translation>Ticket creation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changement de statut</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affectation</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changement de priorité</source>
        <translation>Priority change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changement de catégorie</source>
        <translation>Category change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modification de la description</source>
        <translation>Description edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Déplacement</source>
        <translation>Location change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajout d&apos;un commentaire</source>
        <translation>Comment added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrait d&apos;un commentaire</source>
        <translation>Comment removal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajout d&apos;une photo</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrait d&apos;une photo</source>
        <translation>Photo removal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réponse au demandeur</source>
        <translation>Reply to the reporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planification d&apos;une intervention</source>
        <translation>Intervention planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordre de la tournée</source>
        <translation>Order of the round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrait d&apos;une intervention</source>
        <translation>Intervention removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte rendu d&apos;intervention</source>
        <translation>Intervention report</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="+48"/>
        <source>l&apos;option --%1 attend une valeur</source>
        <translation>option --%1 requires a value</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>l&apos;option --%1 ne prend pas de valeur</source>
        <translation>option --%1 does not take a value</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option inconnue : %1</source>
        <translation>unknown option: %1</translation>
    </message>
</context>
<context>
    <name>ConflictLog</name>
    <message>
        <location filename="../src/core/storage/conflictlog.cpp" line="+45"/>
        <source>Votre identifiant n&apos;est rattaché à aucune commune dans la base centrale : demandez à l&apos;administrateur de vous y ajouter.</source>
        <translation>Your login is not mapped to any municipality in the central database: ask the administrator to add you.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le signalement n&apos;existe plus sur la base centrale ou ne vous est plus visible (confié à une autre équipe).</source>
        <translation>The ticket no longer exists in the central database or is no longer visible to you (given to another team).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le commentaire ou la photo n&apos;existe plus, ou vous n&apos;en êtes pas l&apos;auteur.</source>
        <translation>The comment or photo no longer exists, or you are not its author.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le signalement avait déjà ce statut.</source>
        <translation>The ticket already had this status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un signalement ne revient pas au statut nouveau.</source>
        <translation>A ticket does not go back to the new status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seul un superviseur peut annuler un signalement.</source>
        <translation>Only a supervisor can cancel a ticket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le signalement a été clos entre-temps : seul un superviseur peut le rouvrir.</source>
        <translation>The ticket was closed meanwhile: only a supervisor can reopen it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le signalement a été confié à une autre équipe.</source>
        <translation>The ticket was given to another team.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le signalement a été clos par le bureau entre-temps.</source>
        <translation>The office closed the ticket meanwhile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une équipe de terrain ne peut pas donner ce statut.</source>
        <translation>A field team cannot set this status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une équipe de terrain ne peut modifier que le statut.</source>
        <translation>A field team can only change the status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une équipe de terrain ne peut pas répondre au demandeur.</source>
        <translation>A field team cannot reply to the reporter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le signalement a déjà 4 photos sur la base centrale.</source>
        <translation>The ticket already has 4 photos in the central database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La base centrale ne connaît pas cette opération : elle est peut-être plus ancienne que ce poste (lanternectl central migrate).</source>
        <translation>The central database does not know this operation: it may be older than this workstation (lanternectl central migrate).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seul le bureau planifie et ordonne les interventions des équipes.</source>
        <translation>Only the office plans and orders the teams&apos; interventions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le bureau a retiré cette intervention de la tournée entre-temps.</source>
        <translation>The office removed this intervention from the round in the meantime.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;équipe a rendu compte de cette intervention entre-temps : elle reste dans sa journée.</source>
        <translation>The team reported this intervention in the meantime: it stays in its day.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votre identifiant n&apos;a pas de rôle dans la base centrale.</source>
        <translation>Your login has no role in the central database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette opération ne peut pas modifier l&apos;un des champs qu&apos;elle portait.</source>
        <translation>This operation may not change one of the fields it carried.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une équipe de terrain ne crée pas de signalement.</source>
        <translation>A field team does not create tickets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une équipe de terrain ne déplace l&apos;échéance qu&apos;à la reprise d&apos;un signalement en attente, de la durée de l&apos;attente.</source>
        <translation>A field team moves the deadline only when a waiting ticket resumes, by the time it waited.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les dates de prise en compte, de résolution et de clôture suivent un changement de statut.</source>
        <translation>The acknowledgement, resolution and closing dates follow a status change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une date de l&apos;opération est antérieure au signalement ou dans le futur : vérifiez l&apos;horloge de ce poste.</source>
        <translation>A date of the operation is before the ticket or in the future: check this workstation&apos;s clock.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cette opération ne peut pas envoyer ce message au demandeur.</source>
        <translation>This operation may not send this message to the reporter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le message au demandeur ne correspond pas à ce que fait l&apos;opération.</source>
        <translation>The message to the reporter does not match what the operation does.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le message concernait un autre signalement.</source>
        <translation>The message was about another ticket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un signalement ne peut pas être le doublon de lui-même.</source>
        <translation>A ticket cannot be a duplicate of itself.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une autre opération porte déjà cet identifiant sur la base centrale.</source>
        <translation>Another operation already has this identifier on the central database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;opération désigne un signalement ou un demandeur d&apos;une autre commune.</source>
        <translation>The operation points at a ticket or a reporter of another municipality.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modification abandonnée sur ce poste sans avoir été envoyée.</source>
        <translation>Change discarded on this workstation without being sent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La base centrale a refusé l&apos;opération (%1).</source>
        <translation>The central database refused the operation (%1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+139"/>
        <location line="+45"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Modification faite sous l&apos;identifiant %1 et pas encore envoyée : ce poste agit maintenant sous un autre identifiant et ne l&apos;envoie pas à sa place. Elle partira quand %1 se reconnectera sur ce poste ; vous pouvez aussi l&apos;abandonner.</source>
        <translation>Change made as %1 and not sent yet: this workstation now acts as another login and does not send it in %1&apos;s place. It will leave when %1 connects on this workstation again; you can also discard it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quelqu&apos;un d&apos;autre a rendu compte de cette intervention avant que votre compte rendu n&apos;arrive : Ma journée montre le sien ; corrigez-le là si besoin.</source>
        <translation>Someone else reported this intervention before your report arrived: My day shows theirs; correct it there if needed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quelqu&apos;un d&apos;autre a modifié ce signalement avant que votre modification n&apos;arrive : choisissez la valeur à garder.</source>
        <translation>Someone else changed this ticket before your change arrived: choose the value to keep.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Note : %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo de %1 Ko</source>
        <translation>Photo of %1 KB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo après intervention</source>
        <translation>Photo after the intervention</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cette modification n&apos;attend plus : elle a été envoyée ou abandonnée.</source>
        <translation>This change is no longer waiting: it was sent or discarded.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Abandon de la modification : %1</source>
        <translation>Discarding the change: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Ce conflit a déjà été réglé.</source>
        <translation>This conflict has already been settled.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../qml/Lanterne/App/pages/ConflictsPage.qml" line="+46"/>
        <source>Conflits et refus (%1)</source>
        <translation>Conflicts and refusals (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflits et refus</source>
        <translation>Conflicts and refusals</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Les modifications que la base centrale n&apos;a pas appliquées. Votre fiche montre déjà la valeur de la base centrale ; choisissez pour chacune de la garder ou de renvoyer la vôtre. Celles d&apos;un autre identifiant attendent qu&apos;il se reconnecte sur ce poste.</source>
        <translation>The changes the central database did not apply. Your ticket already shows the central database&apos;s value; for each, choose to keep it or to send yours again. Those of another login wait for it to connect on this workstation again.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Liste des conflits</source>
        <translation>List of conflicts</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Conflit</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>En attente de %1</source>
        <translation>Waiting for %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>par %1, le %2</source>
        <translation>by %1, on %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Votre valeur</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sur la base centrale</source>
        <translation>In the central database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quand vous l&apos;avez modifié</source>
        <translation>When you changed it</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>inchangé</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pas encore envoyée</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Abandonner cette modification</source>
        <translation>Discard this change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonner la modification de %1 sur %2</source>
        <translation>Discard %1&apos;s change to %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modification de %1 abandonnée</source>
        <translation>%1&apos;s change discarded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Garder la valeur de la base centrale</source>
        <translation>Keep the central value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>J&apos;ai compris</source>
        <translation>Understood</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Décision enregistrée pour %1</source>
        <translation>Decision recorded for %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renvoyer ma valeur</source>
        <translation>Send my value again</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Renvoyer</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votre modification de %1 est renvoyée à la base centrale</source>
        <translation>Your change to %1 is sent to the central database again</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ouvrir le signalement</source>
        <translation>Open the ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le signalement %1</source>
        <translation>Open ticket %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aucun conflit : la base centrale a accepté toutes les modifications de ce poste.</source>
        <translation>No conflict: the central database accepted every change made on this workstation.</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <location filename="../src/models/dashboardmodel.cpp" line="+42"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Aucun fichier choisi.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/Lanterne/App/pages/DashboardPage.qml" line="+57"/>
        <source>7 derniers jours</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 derniers jours</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 derniers jours</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 derniers mois</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce mois-ci</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce trimestre</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cette année</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le mois dernier</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;année dernière</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates choisies</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Dates invalides : jj/mm/aaaa</source>
        <translation>Invalid dates: dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enregistré : %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Résolution, médiane (jours)</source>
        <translation>Resolution, median (days)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Résolution, 9 sur 10 (jours)</source>
        <translation>Resolution, 9 in 10 (days)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+569"/>
        <source>En retard</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="-567"/>
        <location line="+590"/>
        <source>Dans les délais</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="-546"/>
        <source>Calcul des chiffres en cours</source>
        <translation>Computing the figures</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>du jj/mm/aaaa</source>
        <translation>from dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>au jj/mm/aaaa</source>
        <translation>to dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Toutes les communes</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tous les services</source>
        <translation>All services</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tous les quartiers</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quartier</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export en cours</source>
        <translation>Export in progress</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter le rapport ou les données</source>
        <translation>Export the report or the data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rapport PDF pour les élus (Ctrl+P)</source>
        <translation>PDF report for elected officials (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chiffres (CSV)</source>
        <translation>Figures (CSV)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signalements de la période (CSV)</source>
        <translation>The period&apos;s tickets (CSV)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 : %2 (période précédente : %3)</source>
        <translation>%1: %2 (previous period: %3)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>avant : %1</source>
        <translation>before: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Voir les signalements</source>
        <translation>Show the tickets</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signalements reçus</source>
        <translation>Tickets received</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>par domaine</source>
        <translation>by domain</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+167"/>
        <source>par catégorie</source>
        <translation>by category</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>par canal</source>
        <translation>by channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>par quartier</source>
        <translation>by district</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Répartition des signalements reçus</source>
        <translation>Tickets received split by</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>automatique</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>par jour</source>
        <translation>per day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>par semaine</source>
        <translation>per week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>par mois</source>
        <translation>per month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pas de temps</source>
        <translation>Time step</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signalements reçus %1, période précédente en pointillés</source>
        <translation>Tickets received %1, previous period dashed</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+75"/>
        <source>Période précédente</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Signalements en cours (stock)</source>
        <translation>Open tickets (backlog)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signalements en cours à la fin de chaque %1</source>
        <translation>Open tickets at the end of each %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jour</source>
        <translation>day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semaine</source>
        <translation>week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mois</source>
        <translation>month</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>En cours</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>En cours fin %1</source>
        <translation>Open at the end of %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>du %1 au %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Délais de résolution</source>
        <translation>Times to resolve</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>par service</source>
        <translation>by service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>par équipe</source>
        <translation>by team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Délais par</source>
        <translation>Times by</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Délais de résolution, médiane et 9 sur 10, en jours</source>
        <translation>Times to resolve, median and 9 in 10, in days</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+129"/>
        <source>Résolus : %1</source>
        <translation>Resolved: %1</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Charge des équipes aujourd&apos;hui</source>
        <translation>Teams&apos; load today</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signalements en cours par équipe, en retard et dans les délais</source>
        <translation>Open tickets per team, late and on time</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reçus</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Résolus</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prise en compte (méd.)</source>
        <translation>Acknowledged (med.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Résolution (méd.)</source>
        <translation>Resolved (med.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Résolution (9 sur 10)</source>
        <translation>Resolved (9 in 10)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Détail %1</source>
        <translation>Detail %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 : %2 reçus, %3 résolus, résolution médiane %4</source>
        <translation>%1: %2 received, %3 resolved, median resolution %4</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Où : densité des signalements reçus</source>
        <translation>Where: density of the tickets received</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Carte de densité des signalements reçus</source>
        <translation>Density map of the tickets received</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enregistrer le rapport PDF</source>
        <translation>Save the PDF report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enregistrer le CSV</source>
        <translation>Save the CSV</translation>
    </message>
</context>
<context>
    <name>DeadlineBadge</name>
    <message>
        <location filename="../qml/Lanterne/App/components/DeadlineBadge.qml" line="+19"/>
        <source>En attente du demandeur ou d&apos;un tiers : le délai ne court pas.</source>
        <translation>Waiting on the reporter or a third party: the deadline is not running.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../src/core/domain/deadlines.cpp" line="+34"/>
        <source>1 jour ouvré</source>
        <translation>1 working day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jours ouvrés</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 heure ouvrée</source>
        <translation>1 working hour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 heures ouvrées</source>
        <translation>%1 working hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 et %2</source>
        <translation>%1 and %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../src/core/demo/demogenerator.cpp" line="+315"/>
        <source>Nombre de signalements invalide : %1 (de 0 à 5 000 000).</source>
        <translation>Invalid number of tickets: %1 (0 to 5,000,000).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Commune inconnue : %1.</source>
        <translation>Unknown municipality: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lecture du magasin</source>
        <translation>Reading the store</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le magasin %1 contient déjà des signalements ; la démonstration ne remplit qu&apos;un magasin vide.</source>
        <translation>The store %1 already contains tickets; the demo only fills an empty store.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Préparation des requêtes : %1</source>
        <translation>Preparing queries: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+247"/>
        <source>Génération annulée.</source>
        <translation>Generation cancelled.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Demandeurs : %1</source>
        <translation>Reporters: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signalements : %1</source>
        <translation>Tickets: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Historique : %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+13"/>
        <source>Commentaires : %1</source>
        <translation>Comments: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos : %1</source>
        <translation>Photos: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Numérotation</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Index</source>
        <translation>Indexes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interventions : %1</source>
        <translation>Interventions: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index plein texte</source>
        <translation>Full-text index</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>FieldDayPage</name>
    <message>
        <location filename="../qml/Lanterne/App/pages/FieldDayPage.qml" line="+142"/>
        <source>Ma journée</source>
        <translation>My day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tournées</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jour précédent</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jour précédent (Alt+←)</source>
        <translation>Previous day (Alt+←)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Jour suivant</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jour suivant (Alt+→)</source>
        <translation>Next day (Alt+→)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt+Début</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 / %2 rendus</source>
        <translation>%1 / %2 reported</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source> · %n à envoyer</source>
        <translation>
            <numerusform> · %n to send</numerusform>
            <numerusform> · %n to send</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Préparation des cartes…</source>
        <translation>Preparing the maps…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feuille de route…</source>
        <translation>Round sheet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer la feuille de route de ce jour en PDF, pour l&apos;imprimer (Ctrl+P)</source>
        <translation>Save this day&apos;s round sheet as a PDF, to print it (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clavier : ↑ ↓ choisir l&apos;arrêt · Ctrl+↑ / Ctrl+↓ le déplacer · Suppr le retirer · F fait · N pas fait · I impossible · Entrée compte rendu détaillé</source>
        <translation>Keyboard: ↑ ↓ choose the stop · Ctrl+↑ / Ctrl+↓ move it · Del remove it · F done · N not done · I impossible · Enter detailed report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clavier : ↑ ↓ choisir l&apos;arrêt · F fait (à l&apos;heure prévue) · N pas fait · I impossible · Entrée compte rendu détaillé (heure, temps passé, matériel, note, photo)</source>
        <translation>Keyboard: ↑ ↓ choose the stop · F done (at the planned time) · N not done · I impossible · Enter detailed report (time, time spent, materials, note, photo)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Interventions de ma journée</source>
        <translation>My day&apos;s interventions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrêts de la tournée</source>
        <translation>The round&apos;s stops</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Arrêt %1, %2, %3, %4, %5</source>
        <translation>Stop %1, %2, %3, %4, %5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>heure libre</source>
        <translation>any time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>à faire</source>
        <translation>to do</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Déplacer l&apos;arrêt (ou Ctrl+↑ / Ctrl+↓)</source>
        <translation>Move the stop (or Ctrl+↑ / Ctrl+↓)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Heure libre</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>à envoyer</source>
        <translation>to send</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>confié à une autre équipe</source>
        <translation>given to another team</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adresse non précisée</source>
        <translation>No address given</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>à %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>motif : %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Photo après intervention</source>
        <translation>Photo after the intervention</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heure prévue de l&apos;arrêt %1</source>
        <translation>Planned time of stop %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heure prévue (vide : dans la journée)</source>
        <translation>Planned time (empty: any time of the day)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retirer cet arrêt de la tournée (Suppr)</source>
        <translation>Remove this stop from the round (Del)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F : fait à %1</source>
        <translation>F: done at %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F : fait (heure à indiquer)</source>
        <translation>F: done (time to give)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pas fait</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impossible…</source>
        <translation>Impossible…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I : avec le motif</source>
        <translation>I: with the reason</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compte rendu…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entrée : heure, temps passé, matériel, note, photo</source>
        <translation>Enter: time, time spent, materials, note, photo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signalement</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouvrir le signalement dans la liste</source>
        <translation>Open the ticket in the list</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Aucune intervention planifiée pour %1 ce jour-là.
Planifiez des signalements depuis la liste, la carte ou le tableau : bouton « Planifier… » du signalement (Ctrl+J) ou de la sélection.</source>
        <translation>No intervention planned for %1 that day.
Plan tickets from the list, the map or the board: the ticket&apos;s “Plan…” button (Ctrl+J) or the selection&apos;s.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aucune intervention prévue pour votre équipe ce jour-là.</source>
        <translation>No intervention planned for your team that day.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>◀ %1</source>
        <translation>◀ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La journée précédente avec des arrêts (Alt+Page préc.)</source>
        <translation>The previous day with stops (Alt+Page Up)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ▶</source>
        <translation>%1 ▶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La journée suivante avec des arrêts (Alt+Page suiv.)</source>
        <translation>The next day with stops (Alt+Page Down)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enregistrer la feuille de route</source>
        <translation>Save the round sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../qml/Lanterne/App/components/FilterPanel.qml" line="+74"/>
        <source>résolus du %1 au %2</source>
        <translation>resolved from %1 to %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en cours le %1</source>
        <translation>open on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transmis à un tiers</source>
        <translation>forwarded to a third party</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doublons</source>
        <translation>duplicates</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Sélection sur la carte : %Ln signalement(s)</source>
        <translation>
            <numerusform>Selected on the map: %Ln ticket</numerusform>
            <numerusform>Selected on the map: %Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retirer la sélection de la carte</source>
        <translation>Remove the map selection</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rechercher (référence, texte, adresse)…</source>
        <translation>Search (reference, text, address)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recherche plein texte</source>
        <translation>Full-text search</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mes signalements</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>En retard uniquement</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Échéance passée ; les délais suspendus (attente du demandeur ou d&apos;un tiers) n&apos;en font pas partie</source>
        <translation>Past the deadline; paused deadlines (waiting on the reporter or a third party) are not included</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Échéance dans un jour ouvré</source>
        <translation>Due within a working day</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouverts</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résolus</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermés</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classe de statut</source>
        <translation>Status group</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catégorie et lieu</source>
        <translation>Category and location</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tous les quartiers</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quartier</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Affectation</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tous les services</source>
        <translation>All services</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— sans service —</source>
        <translation>— no service —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Toutes les équipes</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— sans équipe —</source>
        <translation>— no team —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Toutes les priorités</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tous les canaux</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Retirer : %1</source>
        <translation>Remove: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Période de création</source>
        <translation>Creation date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>du jj/mm/aaaa</source>
        <translation>from dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créés à partir du</source>
        <translation>Created from</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>au jj/mm/aaaa</source>
        <translation>to dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créés jusqu&apos;au</source>
        <translation>Created up to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filtres enregistrés</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Appliquer le filtre %1</source>
        <translation>Apply filter %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supprimer le filtre %1</source>
        <translation>Delete filter %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enregistrer…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filtre « %1 » enregistré</source>
        <translation>Filter “%1” saved</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../src/models/inboxmodel.cpp" line="+28"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>En retard de %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avant %1</source>
        <translation>Before %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avant demain %1</source>
        <translation>Before tomorrow %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avant le %1</source>
        <translation>Before %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Délai suspendu</source>
        <translation>Deadline paused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échéance %1</source>
        <translation>Due %1</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../qml/Lanterne/App/pages/InboxPage.qml" line="+93"/>
        <source>Signalement introuvable : %1</source>
        <translation>Ticket not found: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Aucun signalement dans ce rectangle.</source>
        <translation>No ticket in this rectangle.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Aucun doublon probable pour ce signalement.</source>
        <translation>No likely duplicate for this ticket.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Les %1 premiers signalements de la liste sont sélectionnés.</source>
        <translation>The first %1 tickets of the list are selected.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln signalement(s) sélectionné(s) sur la carte : Ctrl+A dans la liste pour agir sur tous</source>
        <translation>
            <numerusform>%Ln ticket selected on the map: Ctrl+A in the list to act on it</numerusform>
            <numerusform>%Ln tickets selected on the map: Ctrl+A in the list to act on all of them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+130"/>
        <source>%Ln signalement(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>File de tri : %Ln signalement(s)</source>
        <translation>
            <numerusform>Triage queue: %Ln ticket</numerusform>
            <numerusform>Triage queue: %Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Liste des signalements (Ctrl+2 pour basculer)</source>
        <translation>List of tickets (Ctrl+2 to switch)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Carte</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Carte des signalements (Ctrl+2 pour basculer)</source>
        <translation>Map of tickets (Ctrl+2 to switch)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retards…</source>
        <translation>Late…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce qui est en retard, par service (Ctrl+R)</source>
        <translation>What is late, by service (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Trier par</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Date de création</source>
        <translation>Date created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernière modification</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ordre croissant</source>
        <translation>Ascending order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordre décroissant</source>
        <translation>Descending order</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Prendre en compte (Alt+P)</source>
        <translation>Acknowledge (Alt+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le demandeur reçoit l&apos;accusé de réception ; passe au suivant</source>
        <translation>The reporter gets the acknowledgement; moves on to the next one</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>À trier (Alt+T)</source>
        <translation>To triage (Alt+T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Doublon probable (Alt+D)</source>
        <translation>Likely duplicate (Alt+D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fusionner avec %1</source>
        <translation>Merge with %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autre statut… (Ctrl+E)</source>
        <translation>Other status… (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Liste des signalements</source>
        <translation>Ticket list</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Aucun signalement ne correspond à ces filtres.</source>
        <translation>No tickets match these filters.</translation>
    </message>
</context>
<context>
    <name>InterventionRules</name>
    <message>
        <location filename="../src/core/domain/interventionrules.cpp" line="+43"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pas fait</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible</source>
        <translation>Impossible</translation>
    </message>
</context>
<context>
    <name>Interventions</name>
    <message>
        <location filename="../src/core/storage/interventions.cpp" line="+108"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>File d&apos;envoi</source>
        <translation>Outgoing queue</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+23"/>
        <location line="+16"/>
        <location line="+18"/>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+88"/>
        <location line="+53"/>
        <location line="+38"/>
        <source>Seul le bureau planifie les interventions des équipes.</source>
        <translation>Only the office plans the teams&apos; interventions.</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Équipe inconnue : « %1 ».</source>
        <translation>Unknown team: “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jour de l&apos;intervention invalide.</source>
        <translation>Invalid intervention day.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signalement introuvable : %1</source>
        <translation>Ticket not found: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le signalement %1 est %2 : il n&apos;y a plus d&apos;intervention à planifier.</source>
        <translation>Ticket %1 is %2: there is no intervention left to plan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le signalement %1 est déjà dans la tournée de %2 du %3.</source>
        <translation>Ticket %1 is already in %2&apos;s round of %3.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+12"/>
        <location line="+13"/>
        <source>Planification</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+245"/>
        <location line="+17"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message numerus="yes">
        <location line="-225"/>
        <source>L&apos;ordre donné ne reprend pas exactement les %n intervention(s) de la journée.</source>
        <translation>
            <numerusform>The order given does not list exactly the day&apos;s %n intervention.</numerusform>
            <numerusform>The order given does not list exactly the day&apos;s %n interventions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>Ordre de la tournée</source>
        <translation>Order of the round</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+38"/>
        <location line="+53"/>
        <source>Intervention introuvable : %1</source>
        <translation>Intervention not found: %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>L&apos;équipe a déjà rendu compte de cette intervention.</source>
        <translation>The team has already reported this intervention.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>Heure prévue</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>L&apos;équipe a déjà rendu compte de cette intervention : elle reste dans sa journée.</source>
        <translation>The team has already reported on this intervention: it stays in its day.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Retrait de la tournée</source>
        <translation>Removal from the round</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>La photo fait %1 Mo ; le maximum est %2 Mo.</source>
        <translation>The photo is %1 MB; the maximum is %2 MB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce fichier n&apos;est pas une image lisible (%1).</source>
        <translation>This file is not a readable image (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cette intervention est celle d&apos;une autre équipe.</source>
        <translation>This intervention belongs to another team.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dites pourquoi l&apos;intervention est impossible.</source>
        <translation>Say why the intervention is impossible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indiquez l&apos;heure de l&apos;action.</source>
        <translation>Give the time of the action.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;heure de l&apos;action (%1) est dans le futur.</source>
        <translation>The time of the action (%1) is in the future.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;heure de l&apos;action (%1) est antérieure au signalement (%2).</source>
        <translation>The time of the action (%1) is before the ticket (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Temps passé invalide : %1 minutes (de 0 à %2).</source>
        <translation>Invalid time spent: %1 minutes (0 to %2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rien à modifier : l&apos;intervention a déjà ce compte rendu.</source>
        <translation>Nothing to change: the intervention already has this report.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compte rendu enregistré ; le signalement %1 est %2 entre-temps : son statut ne change pas.</source>
        <translation>Report saved; ticket %1 was %2 meanwhile: its status does not change.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Compte rendu enregistré ; le signalement %1 garde son statut : %2</source>
        <translation>Report saved; ticket %1 keeps its status: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>Compte rendu</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+6"/>
        <source>Photo après intervention</source>
        <translation>Photo after the intervention</translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message>
        <location filename="../src/models/kanbanboard.cpp" line="+200"/>
        <source>Sans équipe</source>
        <translation>No team</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sans service</source>
        <translation>No service</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>Une équipe de terrain ne peut pas changer la priorité.</source>
        <translation>A field team cannot change the priority.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une équipe de terrain ne peut pas changer le service.</source>
        <translation>A field team cannot change the service.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signalement introuvable.</source>
        <translation>Ticket not found.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le stockage est en lecture seule.</source>
        <translation>The store is read-only.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Une équipe de terrain ne peut pas réaffecter un signalement.</source>
        <translation>A field team cannot reassign a ticket.</translation>
    </message>
</context>
<context>
    <name>KanbanCardDelegate</name>
    <message>
        <location filename="../qml/Lanterne/App/delegates/KanbanCardDelegate.qml" line="+86"/>
        <source>Modification locale en attente d&apos;envoi</source>
        <translation>Local change waiting to be sent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reçu il y a %1</source>
        <translation>received %1 ago</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Première photo</source>
        <translation>First photo</translation>
    </message>
</context>
<context>
    <name>KanbanColumnsDialog</name>
    <message>
        <location filename="../qml/Lanterne/App/dialogs/KanbanColumnsDialog.qml" line="+32"/>
        <source>Colonnes du tableau</source>
        <translation>Board columns</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cochez les statuts à afficher ; Alt+↑ / Alt+↓ changent l&apos;ordre.</source>
        <translation>Tick the statuses to show; Alt+↑ / Alt+↓ change the order.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Statuts</source>
        <translation>Statuses</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Monter %1</source>
        <translation>Move %1 up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Descendre %1</source>
        <translation>Move %1 down</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colonnes résolues et closes : les</source>
        <translation>Fixed and closed columns: the last</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nombre de jours</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>derniers jours</source>
        <translation>days</translation>
    </message>
</context>
<context>
    <name>KanbanPage</name>
    <message>
        <location filename="../qml/Lanterne/App/pages/KanbanPage.qml" line="+104"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+267"/>
        <source>Déplacement refusé : %1</source>
        <translation>Move refused: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-78"/>
        <source>%Ln signalement(s) au tableau</source>
        <translation>
            <numerusform>%Ln ticket on the board</numerusform>
            <numerusform>%Ln tickets on the board</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Par statut</source>
        <translation>By status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par équipe</source>
        <translation>By team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colonnes du tableau</source>
        <translation>Board columns</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Couloirs</source>
        <translation>Swimlanes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par service</source>
        <translation>By service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par priorité</source>
        <translation>By priority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couloirs du tableau</source>
        <translation>Board swimlanes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personnaliser…</source>
        <translation>Customise…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choisir les statuts affichés et leur ordre</source>
        <translation>Choose the statuses shown and their order</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Glissez une carte vers une autre colonne, ou Ctrl+← / Ctrl+→ sur la carte choisie ; Ctrl+clic pour en sélectionner plusieurs ; Échap ferme la fiche.</source>
        <translation>Drag a card to another column, or Ctrl+← / Ctrl+→ on the chosen card; Ctrl+click to select several; Escape closes the ticket.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%1, %Ln signalement(s)</source>
        <translation>
            <numerusform>%1, %Ln ticket</numerusform>
            <numerusform>%1, %Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%1 — %Ln signalement(s)</source>
        <translation>
            <numerusform>%1 — %Ln ticket</numerusform>
            <numerusform>%1 — %Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 — impossible ici</source>
        <translation>%1 — not allowed here</translation>
    </message>
</context>
<context>
    <name>Lanternectl</name>
    <message>
        <location filename="../src/cli/lanternectl.cpp" line="+126"/>
        <source>Voir « lanternectl --help ».</source>
        <translation>See “lanternectl --help”.</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+560"/>
        <source>statut inconnu : « %1 »</source>
        <translation>unknown status: “%1”</translation>
    </message>
    <message>
        <location line="-552"/>
        <source>classe de statut inconnue : « %1 » (open, closed ou fixed)</source>
        <translation>unknown status class: “%1” (open, closed or fixed)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>catégorie inconnue : « %1 »</source>
        <translation>unknown category: “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>quartier inconnu : « %1 »</source>
        <translation>unknown district: “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quartier ambigu : « %1 » ; précisez son code (%2)</source>
        <translation>ambiguous district: “%1”; give its code (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1171"/>
        <source>service inconnu : « %1 »</source>
        <translation>unknown service: “%1”</translation>
    </message>
    <message>
        <location line="-1164"/>
        <location line="+307"/>
        <location line="+855"/>
        <source>équipe inconnue : « %1 »</source>
        <translation>unknown team: “%1”</translation>
    </message>
    <message>
        <location line="-1155"/>
        <location line="+473"/>
        <location line="+52"/>
        <source>priorité inconnue : « %1 »</source>
        <translation>unknown priority: “%1”</translation>
    </message>
    <message>
        <location line="-518"/>
        <location line="+454"/>
        <source>canal inconnu : « %1 »</source>
        <translation>unknown channel: “%1”</translation>
    </message>
    <message>
        <location line="-447"/>
        <location line="+680"/>
        <source>commune inconnue : « %1 »</source>
        <translation>unknown municipality: “%1”</translation>
    </message>
    <message>
        <location line="-674"/>
        <source>date invalide pour --from : « %1 » (AAAA-MM-JJ)</source>
        <translation>invalid date for --from: “%1” (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date invalide pour --to : « %1 » (AAAA-MM-JJ)</source>
        <translation>invalid date for --to: “%1” (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 attend un entier positif, pas « %2 »</source>
        <translation>--%1 expects a positive integer, not “%2”</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>utilisateur inconnu : « %1 »</source>
        <translation>unknown user: “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n signalement(s) au total</source>
        <translation>
            <numerusform>%n ticket in total</numerusform>
            <numerusform>%n tickets in total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ticket show attend une référence ou un identifiant</source>
        <translation>ticket show expects a reference or an ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>signalement introuvable : %1</source>
        <translation>ticket not found: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>le signalement %1 n&apos;est pas affecté à votre équipe</source>
        <translation>ticket %1 is not assigned to your team</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Statut : %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorité : %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse : %1 (%2)</source>
        <translation>Address: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créé le : %1 (%2)</source>
        <translation>Created: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance : %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service : %1 ; équipe : %2 ; agent : %3</source>
        <translation>Service: %1; team: %2; agent: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demandeur : %1 &lt;%2&gt; %3</source>
        <translation>Reporter: %1 &lt;%2&gt; %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[réponse]</source>
        <translation>[reply]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[note]</source>
        <translation>[note]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demandeur</source>
        <translation>reporter</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--date attend AAAA-MM-JJ, pas « %1 »</source>
        <translation>--date expects YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Une équipe de terrain ne voit que sa propre journée (%1).</source>
        <translation>A field team only sees its own day (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1 — %2 : %n intervention(s)</source>
        <translation>
            <numerusform>%1 — %2: %n intervention</numerusform>
            <numerusform>%1 — %2: %n interventions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>à faire</source>
        <translation>to do</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>intervention plan attend une référence</source>
        <translation>intervention plan expects a reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intervention plan : --team manque</source>
        <translation>intervention plan: --team is missing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--time attend HH:MM, pas « %1 »</source>
        <translation>--time expects HH:MM, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>intervention reorder attend --team CODE --date AAAA-MM-JJ ID,ID…</source>
        <translation>intervention reorder expects --team CODE --date YYYY-MM-DD ID,ID…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>intervention %1 attend l&apos;identifiant d&apos;une intervention ou une référence</source>
        <translation>intervention %1 expects an intervention&apos;s id or a reference</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>résultat inconnu : « %1 » (done, not_done, impossible)</source>
        <translation>unknown result: &quot;%1&quot; (done, not_done, impossible)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intervention report : --result manque</source>
        <translation>intervention report: --result is missing</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--minutes attend un nombre de minutes, pas « %1 »</source>
        <translation>--minutes expects a number of minutes, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sous-commande inconnue : intervention %1</source>
        <translation>unknown subcommand: intervention %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Intervention introuvable : %1</source>
        <translation>Intervention not found: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--at attend HH:MM ou une date et heure ISO 8601, pas « %1 »</source>
        <translation>--at expects HH:MM or an ISO 8601 date and time, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ticket create : --%1 manque</source>
        <translation>ticket create: --%1 is missing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>coordonnées invalides : --lat %1 --lon %2</source>
        <translation>invalid coordinates: --lat %1 --lon %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>type inconnu : « %1 »</source>
        <translation>unknown type: “%1”</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+67"/>
        <source>photo illisible : %1 (%2)</source>
        <translation>cannot read photo: %1 (%2)</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>%1 : --team manque</source>
        <translation>%1: --team is missing</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>ticket set-status attend REF STATUT</source>
        <translation>ticket set-status expects REF STATUS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ticket assign attend une référence</source>
        <translation>ticket assign expects a reference</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ticket set-priority attend REF PRIORITÉ</source>
        <translation>ticket set-priority expects REF PRIORITY</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ticket note attend REF TEXTE</source>
        <translation>ticket note expects REF TEXT</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ticket reply attend REF TEXTE</source>
        <translation>ticket reply expects REF TEXT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ticket forward attend REF AUTORITÉ</source>
        <translation>ticket forward expects REF AUTHORITY</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ticket forward-state attend REF acknowledged|returned</source>
        <translation>ticket forward-state expects REF acknowledged|returned</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ticket merge attend REF ORIGINAL</source>
        <translation>ticket merge expects REF ORIGINAL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ticket reroute attend une référence</source>
        <translation>ticket reroute expects a reference</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ticket duplicates attend une référence</source>
        <translation>ticket duplicates expects a reference</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signalement introuvable : %1</source>
        <translation>Ticket not found: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Aucun doublon probable.</source>
        <translation>No likely duplicate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ticket undo attend une référence</source>
        <translation>ticket undo expects a reference</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+608"/>
        <source>sous-commande inconnue : ticket %1</source>
        <translation>unknown subcommand: ticket %1</translation>
    </message>
    <message>
        <location line="-576"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ouverts</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+7 j</source>
        <translation>+7 d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proches</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspendus</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plus ancien retard</source>
        <translation>Longest late</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toute la ville</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans service</source>
        <translation>No service</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>date invalide pour --until : « %1 » (AAAA-MM-JJ)</source>
        <translation>invalid date for --until: “%1” (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 / %2 signalements envoyés</source>
        <translation>%1 / %2 tickets sent</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Ville de démonstration : %n signalement(s) en %1 s dans %2</source>
        <translation>
            <numerusform>Demo city: %n ticket in %1 s in %2</numerusform>
            <numerusform>Demo city: %n tickets in %1 s in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>%n signalement(s) exporté(s) dans %1</source>
        <translation>
            <numerusform>%n ticket exported to %1</numerusform>
            <numerusform>%n tickets exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-46"/>
        <source>--format attend csv ou geojson</source>
        <translation>--format expects csv or geojson</translation>
    </message>
    <message numerus="yes">
        <location line="-64"/>
        <source>Ville de démonstration : %n signalement(s) en %1 s dans la base centrale</source>
        <translation>
            <numerusform>Demo city: %n ticket in %1 s in the central database</numerusform>
            <numerusform>Demo city: %n tickets in %1 s in the central database</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+17"/>
        <source>impossible d&apos;écrire %1 : %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>sortie standard indisponible</source>
        <translation>standard output unavailable</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>--json ne s&apos;applique pas à une feuille de route (PDF)</source>
        <translation>--json does not apply to a round sheet (PDF)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aucune intervention pour %1 le %2 : pas de feuille de route.</source>
        <translation>No intervention for %1 on %2: no round sheet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Feuille de route de %1 du %2 écrite dans %3</source>
        <translation>Round sheet of %1 for %2 written to %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--format attend csv ou pdf</source>
        <translation>--format expects csv or pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report attend --from et --to (AAAA-MM-JJ)</source>
        <translation>report expects --from and --to (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--json ne s&apos;applique pas au format pdf</source>
        <translation>--json does not apply to the pdf format</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from (%1) est après --to (%2)</source>
        <translation>--from (%1) is after --to (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report accepte une seule catégorie (pas un domaine)</source>
        <translation>report accepts one category (not a domain)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Rapport du %1 au %2 écrit dans %3</source>
        <translation>Report from %1 to %2 written to %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>fichier de mot de passe illisible : %1 (%2)</source>
        <translation>cannot read the password file: %1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--url manque (adresse de la base centrale, postgresql://…)</source>
        <translation>--url is missing (the central database&apos;s address, postgresql://…)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>sync attend --once ou --watch</source>
        <translation>sync needs --once or --watch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>le magasin %1 contient la ville de démonstration : synchronisez un magasin à part (--db)</source>
        <translation>the store %1 holds the demo city: sync a store of its own (--db)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aucune base centrale : donnez --url (elle sera retenue pour ce magasin)</source>
        <translation>no central database: give --url (it is remembered for this store)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Envoyées : %1 (appliquées %2, conflits %3, refusées %4) ; reçus : %5 signalements, %6 autres lignes ; révision %7</source>
        <translation>Sent: %1 (applied %2, conflicts %3, rejected %4); received: %5 tickets, %6 other rows; revision %7</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Base centrale à jour (schéma %1).</source>
        <translation>Central database up to date (schema %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base centrale mise à jour : schéma %1 → %2.</source>
        <translation>Central database updated: schema %1 → %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>central user add attend un identifiant (LOGIN)</source>
        <translation>central user add needs a login (LOGIN)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--role attend agent, supervisor, field ou admin</source>
        <translation>--role needs agent, supervisor, field or admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--municipality manque</source>
        <translation>--municipality is missing</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Utilisateur %1 (%2) enregistré.</source>
        <translation>User %1 (%2) saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--db attend le chemin d&apos;un magasin local, pas une chaîne vide</source>
        <translation>--db expects the path of a local store, not an empty string</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>option non prise en charge ici : %1</source>
        <translation>option not supported here: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+29"/>
        <location line="+41"/>
        <location line="+69"/>
        <source>commande inconnue : %1</source>
        <translation>unknown command: %1</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+107"/>
        <location line="+31"/>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>argument inattendu : %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
</context>
<context>
    <name>LateReportDialog</name>
    <message>
        <location filename="../qml/Lanterne/App/dialogs/LateReportDialog.qml" line="+30"/>
        <source>Retards par service</source>
        <translation>Late, by service</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signalements ouverts dont l&apos;échéance est passée (les délais suspendus à part), sous les filtres de la liste. Entrée ou double-clic : voir les signalements en retard du service.</source>
        <translation>Open tickets past their deadline (paused deadlines apart), under the list&apos;s filters. Enter or double-click: show the service&apos;s late tickets.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ouverts</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dont + 7 j</source>
        <translation>of which +7 d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Échéance proche</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspendus</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plus ancien retard</source>
        <translation>Longest late</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 : %2 en retard, %3 échéance proche</source>
        <translation>%1: %2 overdue, %3 due soon</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../src/core/storage/localstore.cpp" line="+144"/>
        <source>%1 : le disque est plein (%2). Rien n&apos;a été enregistré ; libérez de la place puis réessayez.</source>
        <translation>%1: the disk is full (%2). Nothing was saved; free up some space, then try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 : le magasin local %2 est endommagé ou n&apos;est pas un magasin Lanterne (%3).</source>
        <translation>%1: the local store %2 is damaged or is not a Lanterne store (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 : le magasin local %2 est occupé par un autre programme ; réessayez dans un instant.</source>
        <translation>%1: the local store %2 is in use by another program; try again in a moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 : erreur du magasin local %2 : %3</source>
        <translation>%1: error in the local store %2: %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Aucun magasin local à %1.</source>
        <translation>No local store at %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible de créer le dossier %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 n&apos;est pas un magasin Lanterne lisible : le fichier est endommagé ou n&apos;est pas une base SQLite (%2).</source>
        <translation>%1 is not a readable Lanterne store: the file is damaged or is not an SQLite database (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 est une base SQLite, mais pas un magasin Lanterne.</source>
        <translation>%1 is an SQLite database, but not a Lanterne store.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le magasin local %1 a été créé par une version plus récente de Lanterne (schéma %2, cette version connaît jusqu&apos;au schéma %3). Mettez Lanterne à jour ; le magasin n&apos;a pas été modifié.</source>
        <translation>The local store %1 was created by a newer version of Lanterne (schema %2; this version supports up to schema %3). Update Lanterne; the store has not been modified.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le magasin local %1 refuse les fonctions de statistiques.</source>
        <translation>The local store %1 refuses the statistics functions.</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+66"/>
        <source>Ouverture</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>%1 : le magasin local %2 est en lecture seule (fichier, dossier ou support protégé en écriture) ; rien n&apos;a été modifié.</source>
        <translation>%1: the local store %2 is read-only (the file, its folder or its medium is write-protected); nothing was changed.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Aucun chemin de magasin local n&apos;a été donné.</source>
        <translation>No local store path was given.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 est un dossier, pas un magasin Lanterne : donnez le chemin d&apos;un fichier.</source>
        <translation>%1 is a folder, not a Lanterne store: give the path of a file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 est un fichier vide (0 octet), pas un magasin Lanterne ; il n&apos;a pas été modifié.</source>
        <translation>%1 is an empty file (0 bytes), not a Lanterne store; it was not changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>le fichier ou son dossier est protégé en écriture</source>
        <translation>the file or its folder is write-protected</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>le disque est plein</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le fichier, son dossier ou son support est protégé en écriture</source>
        <translation>the file, its folder or its medium is write-protected</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+10"/>
        <source>Lecture</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 est une base SQLite vide, pas un magasin Lanterne ; elle n&apos;a pas été modifiée.</source>
        <translation>%1 is an empty SQLite database, not a Lanterne store; it was not changed.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Le magasin local %1 doit être mis à jour (schéma %2 vers %3), ce qui est impossible en lecture seule.</source>
        <translation>The local store %1 needs to be upgraded (schema %2 to %3), which is not possible in read-only mode.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mise à jour du schéma</source>
        <translation>Schema upgrade</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Migration %1 illisible.</source>
        <translation>Cannot read migration %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Le magasin local %1 est ouvert en lecture seule ; rien n&apos;a été modifié.</source>
        <translation>The local store %1 is open read-only; nothing was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le magasin local %1 est en lecture seule (%2) ; rien n&apos;a été modifié.</source>
        <translation>The local store %1 is read-only (%2); nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Début de l&apos;enregistrement</source>
        <translation>Starting to save</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Enregistrement</source>
        <translation>Saving</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n modification(s) faite(s) sur ce poste perdue(s) : le journal du magasin local %1 (fichier -wal) a été endommagé ou perdu, sans doute lors d&apos;un arrêt brutal. Vérifiez les derniers signalements modifiés et refaites ces modifications.</source>
        <translation>
            <numerusform>%n edit made on this workstation was lost: the journal of the local store %1 (its -wal file) was damaged or lost, probably in a crash. Check the tickets changed last and make this edit again.</numerusform>
            <numerusform>%n edits made on this workstation were lost: the journal of the local store %1 (its -wal file) was damaged or lost, probably in a crash. Check the tickets changed last and make these edits again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Réglage %1</source>
        <translation>Setting %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Suppression de la ville de démonstration</source>
        <translation>Removing the demo city</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../qml/Lanterne/App/dialogs/LocationDialog.qml" line="+22"/>
        <source>Corriger la position</source>
        <translation>Correct the location</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cliquez sur la carte ou faites glisser l&apos;épingle ; le déplacement est gardé dans l&apos;historique.</source>
        <translation>Click on the map or drag the pin; the move is kept in the history.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Lanterne/App/Main.qml" line="+23"/>
        <source>Lanterne — %1</source>
        <translation>Lanterne — %1</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Signalements</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File de tri</source>
        <translation>Triage queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableau</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma journée</source>
        <translation>My day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tournées</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouveau signalement</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Je suis :</source>
        <translation>I am:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Utilisateur courant : %1</source>
        <translation>Current user: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;identifiant de la base centrale : ses droits s&apos;appliquent à ce poste.</source>
        <translation>The central database login: its rights apply on this workstation.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Utilisateur courant</source>
        <translation>Current user</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Lecture seule</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Première synchronisation de ce poste</source>
        <translation>First sync of this workstation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Réception des changements de la base centrale</source>
        <translation>Receiving changes from the central database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progression de la synchronisation</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2 signalements</source>
        <translation>%1 / %2 tickets</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>J&apos;ai compris</source>
        <translation>Understood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer l&apos;avertissement sur le magasin local</source>
        <translation>Close the warning about the local store</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signalement %1 créé</source>
        <translation>Ticket %1 created</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Tableau de bord : %1</source>
        <translation>Dashboard: %1</translation>
    </message>
</context>
<context>
    <name>MapTicketsModel</name>
    <message>
        <location filename="../src/models/mapticketsmodel.cpp" line="+144"/>
        <source>Carte</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../src/map/mapview.cpp" line="+725"/>
        <source>Fond de carte indisponible (%1) : la carte montre les contours des communes.</source>
        <translation>Map background unavailable (%1): the map shows the commune outlines.</translation>
    </message>
</context>
<context>
    <name>NewTicketPage</name>
    <message>
        <location filename="../qml/Lanterne/App/pages/NewTicketPage.qml" line="+44"/>
        <source>Nid-de-poule profond devant l&apos;école, signalé par téléphone.</source>
        <translation>Deep pothole in front of the school, reported by phone.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Nouveau signalement</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type de demande</source>
        <translation>Request type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catégorie *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choisir une catégorie…</source>
        <translation>Choose a category…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Selon la catégorie</source>
        <translation>Category default</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Description *</source>
        <translation>Description *</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ce que la personne signale, avec ses mots</source>
        <translation>What the person is reporting, in their own words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adresse * (tapez le numéro et la rue, puis choisissez dans la liste)</source>
        <translation>Address * (type the number and street, then choose from the list)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ex. 12 rue Hoche</source>
        <translation>e.g. 12 rue Hoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adresses proposées</source>
        <translation>Suggested addresses</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Demandeur (données personnelles)</source>
        <translation>Reporter (personal data)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nom du demandeur</source>
        <translation>Reporter&apos;s name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Courriel du demandeur</source>
        <translation>Reporter&apos;s email</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Téléphone du demandeur</source>
        <translation>Reporter&apos;s phone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos (%1/4)</source>
        <translation>Photos (%1/4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retirer la photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Joindre des photos…</source>
        <translation>Attach photos…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Créer le signalement</source>
        <translation>Create ticket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Entrée</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effacer le formulaire</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retour à la liste</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Joindre des photos</source>
        <translation>Attach photos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../qml/Lanterne/App/dialogs/PasswordDialog.qml" line="+16"/>
        <location line="+35"/>
        <source>Mot de passe de la base centrale</source>
        <translation>Central database password</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>La base centrale (%1) demande votre mot de passe pour synchroniser ce poste.</source>
        <translation>The central database (%1) asks for your password to sync this workstation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le retenir dans le trousseau de clés du bureau</source>
        <translation>Remember it in the desktop keychain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aucun trousseau de clés n&apos;est disponible : le mot de passe sera demandé à chaque session. Il n&apos;est jamais enregistré en clair.</source>
        <translation>No keychain is available: the password will be asked for each session. It is never stored in plain text.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../qml/Lanterne/App/dialogs/PhotoDialog.qml" line="+36"/>
        <source>Photo %1 sur %2</source>
        <translation>Photo %1 of %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>‹ Précédente</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suivante ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PhotoProvider</name>
    <message>
        <location filename="../src/core/sync/centraldemo.cpp" line="+158"/>
        <location filename="../src/models/photoprovider.cpp" line="+88"/>
        <source>%1 — photo de démonstration</source>
        <translation>%1 — demo photo</translation>
    </message>
    <message>
        <location filename="../src/models/photoprovider.cpp" line="-48"/>
        <source>Photo en cours de téléchargement…</source>
        <translation>Downloading the photo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo sur la base centrale : elle s&apos;affichera une fois ce poste connecté.</source>
        <translation>Photo in the central database: it will show once this workstation is connected.</translation>
    </message>
</context>
<context>
    <name>PinMap</name>
    <message>
        <location filename="../qml/Lanterne/App/components/PinMap.qml" line="+53"/>
        <source>Carte : position %1, %2</source>
        <translation>Map: position %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carte : cliquez pour placer le signalement</source>
        <translation>Map: click to place the ticket</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Cliquez sur la carte pour placer le signalement</source>
        <translation>Click on the map to place the ticket</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../qml/Lanterne/App/dialogs/PlanDialog.qml" line="+56"/>
        <source>Planifier %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Planifier</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jour de l&apos;intervention</source>
        <translation>Day of the intervention</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prochain jour ouvré</source>
        <translation>Next working day</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heure prévue (facultative)</source>
        <translation>Planned time (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>facultative : sans heure, l&apos;arrêt se fait dans la journée</source>
        <translation>optional: without a time, the stop is made during the day</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La tournée de ce jour est vide : ce sera son premier arrêt.</source>
        <translation>That day&apos;s round is empty: this will be its first stop.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>La tournée de ce jour a déjà %n arrêt(s) ; les nouveaux s&apos;ajoutent à la fin.</source>
        <translation>
            <numerusform>That day&apos;s round already has %n stop; new ones are added at the end.</numerusform>
            <numerusform>That day&apos;s round already has %n stops; new ones are added at the end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreparedPhoto</name>
    <message>
        <location filename="../src/core/storage/photos.cpp" line="+25"/>
        <source>format non reconnu (JPEG, PNG ou WebP attendu)</source>
        <translation>unsupported format (JPEG, PNG or WebP expected)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>image trop grande (%1 × %2 pixels)</source>
        <translation>image too large (%1 × %2 pixels)</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <location filename="../src/core/domain/referencedata.cpp" line="+31"/>
        <source>%1 : délai « %2 » pour « %3 » illisible (attendu : une priorité, et 10j, 4h ou 1j 4h)</source>
        <translation>%1: deadline &quot;%2&quot; for &quot;%3&quot; unreadable (expected: a priority, and 10j, 4h or 1j 4h)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 : le champ « %2 » manque ou n&apos;est pas un texte</source>
        <translation>%1: the field “%2” is missing or is not text</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Centre</source>
        <translation>Central</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nord</source>
        <translation>North</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nord-Est</source>
        <translation>North-East</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Est</source>
        <translation>East</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sud-Est</source>
        <translation>South-East</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sud</source>
        <translation>South</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sud-Ouest</source>
        <translation>South-West</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ouest</source>
        <translation>West</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nord-Ouest</source>
        <translation>North-West</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>configuration illisible à l&apos;octet %1 : %2</source>
        <translation>cannot read the configuration at byte %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contours des communes illisibles à l&apos;octet %1 : %2</source>
        <translation>cannot read the municipality boundaries at byte %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 : pas de contour pour la commune %2</source>
        <translation>%1: no boundary for municipality %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 : le quartier %2 a son centre hors de la commune</source>
        <translation>%1: the midpoint of district %2 lies outside the municipality</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 : délai « %2 » illisible (attendu : 10j, 4h ou 1j 4h)</source>
        <translation>%1: deadline &quot;%2&quot; unreadable (expected: 10j, 4h or 1j 4h)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 : domaine inconnu « %2 »</source>
        <translation>%1: unknown domain “%2”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 : service, équipe ou autorité inconnus</source>
        <translation>%1: unknown service, team or authority</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 : rôle inconnu « %2 »</source>
        <translation>%1: unknown role “%2”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 : modèle de réponse incomplet (code, statut connu, titre, texte ; catégorie connue ; auto : acknowledgement, forwarded, duplicate ou resolved)</source>
        <translation>%1: incomplete response template (code, known status, title, text; known category; auto: acknowledgement, forwarded, duplicate or resolved)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>code déjà utilisé par une autre règle</source>
        <translation>code already used by another rule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>catégorie inconnue « %1 »</source>
        <translation>unknown category &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>domaine inconnu « %1 »</source>
        <translation>unknown domain &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commune inconnue « %1 »</source>
        <translation>unknown municipality &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>quartier inconnu « %1 »</source>
        <translation>unknown district &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>point de zone illisible (attendu : [longitude, latitude])</source>
        <translation>unreadable zone point (expected: [longitude, latitude])</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>une zone dessinée a au moins 3 points</source>
        <translation>a drawn zone has at least 3 points</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service inconnu « %1 »</source>
        <translation>unknown service &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>équipe inconnue « %1 »</source>
        <translation>unknown team &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>autorité inconnue « %1 »</source>
        <translation>unknown authority &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>une règle mène soit à un service ou une équipe, soit à une autorité</source>
        <translation>a rule leads either to a service or team, or to an authority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>l&apos;équipe « %1 » n&apos;est pas du service « %2 »</source>
        <translation>team &quot;%1&quot; is not in service &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>configuration sans commune ou sans catégorie</source>
        <translation>configuration has no municipality or no category</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <location filename="../src/core/domain/replies.cpp" line="+34"/>
        <source>au point %1, %2</source>
        <translation>at %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dans le quartier %1</source>
        <translation>in the %1 district</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>l&apos;autorité compétente</source>
        <translation>the competent authority</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../src/core/stats/report.cpp" line="+478"/>
        <source>%n communes</source>
        <translation>
            <numerusform>%n commune</numerusform>
            <numerusform>%n communes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <source>impossible de créer le PDF</source>
        <translation>cannot create the PDF</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../qml/Lanterne/App/dialogs/ReportDialog.qml" line="+55"/>
        <source>Indiquez l&apos;heure de l&apos;action (HH:MM).</source>
        <translation>Give the time of the action (HH:MM).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Le temps passé est un nombre de minutes (0 à 1440).</source>
        <translation>The time spent is a number of minutes (0 to 1440).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dites pourquoi l&apos;intervention est impossible.</source>
        <translation>Say why the intervention is impossible.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 — compte rendu</source>
        <translation>%1 — report</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas fait</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impossible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Heure de l&apos;action</source>
        <translation>Time of the action</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Temps passé (min)</source>
        <translation>Time spent (min)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Temps passé en minutes</source>
        <translation>Time spent in minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pourquoi l&apos;intervention n&apos;a pas pu se faire (requis)</source>
        <translation>Why the intervention could not be done (required)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif de l&apos;impossibilité</source>
        <translation>Why it was impossible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matériel</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ex. enrobé à froid, 2 sacs</source>
        <translation>e.g. cold asphalt, 2 bags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matériel utilisé</source>
        <translation>Materials used</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note de l&apos;équipe</source>
        <translation>Team&apos;s note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photo après</source>
        <translation>Photo after</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Entrée : enregistrer · Échap : laisser tel quel · Alt+F / Alt+N / Alt+I : résultat</source>
        <translation>Enter: save · Esc: leave as it was · Alt+F / Alt+N / Alt+I: result</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photo après intervention</source>
        <translation>Photo after the intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>RoundSheet</name>
    <message>
        <location filename="../src/core/print/roundsheet.cpp" line="+209"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Aucune intervention ce jour-là : il n&apos;y a pas de feuille de route à imprimer.</source>
        <translation>No intervention that day: there is no round sheet to print.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feuille de route — %1 — %2</source>
        <translation>Round sheet — %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le PDF n&apos;a pas pu être créé.</source>
        <translation>The PDF could not be created.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 intervention</source>
        <translation>1 intervention</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 interventions</source>
        <translation>%1 interventions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lanterne — feuille de route de %1, %2</source>
        <translation>Lanterne — round sheet of %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feuille de route</source>
        <translation>Round sheet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · imprimée le %2</source>
        <translation>%1 · printed on %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Feuille de route — %1 — %2 (suite)</source>
        <translation>Round sheet — %1 — %2 (continued)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Position inconnue</source>
        <translation>Position unknown</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Heure libre</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adresse non précisée</source>
        <translation>No address given</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statut du signalement : %1</source>
        <translation>Ticket status: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas fait</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impossible, motif :</source>
        <translation>Impossible, reason:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heure : ________    Temps passé : ______ min    Matériel :</source>
        <translation>Time: ________    Time spent: ______ min    Materials:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes :</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le PDF n&apos;a pas pu être écrit.</source>
        <translation>The PDF could not be written.</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <location filename="../src/core/domain/routing.cpp" line="+63"/>
        <source>Affectation manuelle</source>
        <translation>Assigned by hand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Règle « %1 »</source>
        <translation>Rule &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Règle « %1 » (retirée de la configuration)</source>
        <translation>Rule &quot;%1&quot; (removed from the configuration)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catégorie « %1 »</source>
        <translation>Category &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SaveFilterDialog</name>
    <message>
        <location filename="../qml/Lanterne/App/dialogs/SaveFilterDialog.qml" line="+13"/>
        <source>Enregistrer les filtres</source>
        <translation>Save filters</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Nom du filtre</source>
        <translation>Filter name</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>ex. Dépôts sauvages en retard</source>
        <translation>e.g. Overdue illegal dumping</translation>
    </message>
</context>
<context>
    <name>ScopePurge</name>
    <message>
        <location filename="../src/core/storage/scopepurge.cpp" line="+37"/>
        <source>Données hors du périmètre</source>
        <translation>Data outside the scope</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Index de recherche</source>
        <translation>Search index</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../src/core/auth/secretstore.cpp" line="+58"/>
        <source>Aucun trousseau de clés ici (pas de session D-Bus) : le mot de passe sera demandé à chaque session.</source>
        <translation>No keychain here (no D-Bus session): the password will be asked each session.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Le trousseau de clés ne répond pas (verrouillé ?) : le mot de passe sera demandé.</source>
        <translation>The keychain does not answer (locked?): the password will be asked.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Aucun mot de passe enregistré dans le trousseau.</source>
        <translation>No password saved in the keychain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le trousseau de clés a refusé l&apos;accès (verrouillé ?).</source>
        <translation>The keychain refused access (locked?).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aucun trousseau de clés disponible : le mot de passe sera demandé à chaque session.</source>
        <translation>No keychain available: the password will be asked each session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le trousseau de clés a échoué : %1</source>
        <translation>The keychain failed: %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../src/models/session.cpp" line="+479"/>
        <source>Affectation</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Statut « %1 »</source>
        <translation>Status &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Priorité « %1 »</source>
        <translation>Priority &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transmission à %1</source>
        <translation>Forwarded to %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1 (%n signalement(s))</source>
        <translation>
            <numerusform>%1 (%n ticket)</numerusform>
            <numerusform>%1 (%n tickets)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Toute la ville</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans service</source>
        <translation>No service</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Donnez un nom au filtre.</source>
        <translation>Enter a name for the filter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enregistrement du filtre</source>
        <translation>Saving the filter</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/Lanterne/App/pages/SettingsPage.qml" line="+60"/>
        <source>Base centrale</source>
        <translation>Central database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ce poste travaille sur son magasin local et se synchronise avec la base PostgreSQL de la ville, qui décide de qui voit et modifie quoi. Sans base centrale, il travaille seul.</source>
        <translation>This workstation works on its local store and syncs with the city&apos;s PostgreSQL database, which decides who sees and changes what. Without a central database, it works alone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Synchroniser maintenant</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connexion</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adresse (postgresql://serveur:5432/lanterne)</source>
        <translation>Address (postgresql://server:5432/lanterne)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adresse de la base centrale</source>
        <translation>Central database address</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>votre identifiant à la base centrale, ex. c.moreau</source>
        <translation>your login to the central database, e.g. c.moreau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant à la base centrale</source>
        <translation>Login to the central database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificat de l&apos;autorité de la ville (CA), pour vérifier le serveur</source>
        <translation>The city&apos;s certificate authority (CA), to verify the server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>/chemin/vers/ca-ville.crt</source>
        <translation>/path/to/city-ca.crt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier du certificat de l&apos;autorité</source>
        <translation>Certificate authority file</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+146"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Hors de ce poste, la connexion est chiffrée et le serveur vérifié (sslmode=verify-full) : sans le certificat de la ville, elle est refusée.</source>
        <translation>Beyond this workstation, the connection is encrypted and the server verified (sslmode=verify-full): without the city&apos;s certificate it is refused.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Mot de passe requis</source>
        <translation>Password required</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inchangé</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le retenir dans le trousseau de clés du bureau</source>
        <translation>Remember it in the desktop keychain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aucun trousseau de clés n&apos;est disponible : le mot de passe sera demandé à chaque session. Il n&apos;est jamais enregistré en clair.</source>
        <translation>No keychain is available: the password will be asked each session. It is never saved in plain text.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ce poste contient la ville de démonstration. En enregistrant la connexion, elle est effacée et remplacée par les signalements de la base centrale.</source>
        <translation>This workstation holds the demo city. Saving the connection erases it and replaces it with the tickets of the central database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test en cours…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enregistrer et synchroniser</source>
        <translation>Save and sync</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remplacer la démonstration et synchroniser</source>
        <translation>Replace the demo and sync</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revenir au mode local</source>
        <translation>Back to local only</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+18"/>
        <source>Fond de carte</source>
        <translation>Map background</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Sous les signalements, la carte montre toujours les contours des communes et des quartiers ; le fond s&apos;y ajoute quand il est joignable.</source>
        <translation>Under the tickets the map always shows the commune and district outlines; the background is added when it can be reached.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan IGN (Géoplateforme, sans clé, Licence Ouverte)</source>
        <translation>Plan IGN (Géoplateforme, no key, Licence Ouverte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenStreetMap (usage modéré, selon sa politique d&apos;utilisation)</source>
        <translation>OpenStreetMap (light use, under its usage policy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre serveur de tuiles (XYZ ou WMTS)</source>
        <translation>Another tile server (XYZ or WMTS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier MBTiles (hors ligne)</source>
        <translation>MBTiles file (offline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun (contours seuls)</source>
        <translation>None (outlines only)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adresse des tuiles, avec {z}, {x} et {y}</source>
        <translation>Tile address, with {z}, {x} and {y}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mention de la source, ex. © Ville de Pantin</source>
        <translation>Source credit, e.g. © Ville de Pantin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mention de la source des tuiles</source>
        <translation>Credit of the tile source</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>/chemin/vers/ville.mbtiles</source>
        <translation>/path/to/city.mbtiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Fichier MBTiles</source>
        <translation>MBTiles file</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tuiles MBTiles (*.mbtiles)</source>
        <translation>MBTiles tiles (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificat de l&apos;autorité de la ville</source>
        <translation>The city&apos;s certificate authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificats (*.crt *.pem)</source>
        <translation>Certificates (*.crt *.pem)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../qml/Lanterne/App/pages/StartPage.qml" line="+29"/>
        <source>Premier lancement : création de la ville de démonstration</source>
        <translation>First launch: creating the demo city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le magasin local ne peut pas être ouvert</source>
        <translation>The local store cannot be opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouverture du magasin local…</source>
        <translation>Opening the local store…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progression de la création</source>
        <translation>Creation progress</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 % — %L2 signalements fictifs à Pantin, une seule fois</source>
        <translation>%1 % — %L2 fictitious tickets in Pantin, only once</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rien n&apos;a été modifié. Vérifiez le fichier ou l&apos;espace disque, ou lancez Lanterne avec --db sur un autre magasin.</source>
        <translation>Nothing was changed. Check the file or the disk space, or start Lanterne with --db on another store.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../src/core/stats/statistics.cpp" line="+71"/>
        <location line="+7"/>
        <source>Statistiques : %1</source>
        <translation>Statistics: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Section de rapport inconnue : %1 (sections : %2).</source>
        <translation>Unknown report section: %1 (sections: %2).</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../qml/Lanterne/App/dialogs/StatusDialog.qml" line="+65"/>
        <source>Statuts possibles</source>
        <translation>Available statuses</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>%1 : changer le statut (actuel : %2)</source>
        <translation>%1: change the status (now: %2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>motif requis</source>
        <translation>reason required</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>indiquer l&apos;original</source>
        <translation>give the original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>choisir l&apos;autorité</source>
        <translation>choose the authority</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Référence du signalement d&apos;origine</source>
        <translation>Original ticket reference</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Autorité compétente</source>
        <translation>Competent authority</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motif (obligatoire)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note interne (facultative)</source>
        <translation>Internal note (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Motif ou note</source>
        <translation>Reason or note</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../src/core/sync/syncengine.cpp" line="+159"/>
        <source>Lecture de la file d&apos;envoi</source>
        <translation>Reading the outbox</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>La base centrale n&apos;a pas répondu en %1 s : la connexion a été fermée ; la synchronisation reprendra d&apos;elle-même.</source>
        <translation>The central database did not answer within %1 s: the connection was closed; sync will resume by itself.</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Demandeurs reçus</source>
        <translation>Received reporters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signalements sortis du périmètre</source>
        <translation>Tickets out of scope</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+4"/>
        <location line="+63"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>Signalements reçus</source>
        <translation>Received tickets</translation>
    </message>
    <message>
        <location line="-509"/>
        <source>Une autre synchronisation de ce magasin est en cours (%1).</source>
        <translation>Another sync of this store is under way (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verrou de synchronisation impossible à poser à côté de %1.</source>
        <translation>Cannot take the sync lock next to %1.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>La base centrale n&apos;est pas à jour pour ce poste : demandez à l&apos;administrateur de lancer « lanternectl central migrate ».</source>
        <translation>The central database is not up to date for this workstation: ask the administrator to run “lanternectl central migrate”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envoi des modifications à la base centrale : %1</source>
        <translation>Sending changes to the central database: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La base centrale a répondu %1 accusés de réception pour %2 modifications.</source>
        <translation>The central database answered %1 receipts for %2 changes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accusé de réception inattendu pour l&apos;opération %1.</source>
        <translation>Unexpected receipt for operation %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accusé de réception : %1</source>
        <translation>Receipt: %1</translation>
    </message>
    <message>
        <location line="+373"/>
        <source>Commentaires reçus</source>
        <translation>Received comments</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Historique reçu</source>
        <translation>Received history</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages aux demandeurs reçus</source>
        <translation>Messages to reporters received</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+222"/>
        <source>Photos reçues</source>
        <translation>Received photos</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Interventions reçues</source>
        <translation>Interventions received</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos d&apos;intervention reçues</source>
        <translation>Intervention photos received</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Curseur de synchronisation</source>
        <translation>Sync cursor</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+33"/>
        <source>Contrôle du périmètre : %1</source>
        <translation>Scope check: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+43"/>
        <source>Contrôle du périmètre</source>
        <translation>Scope check</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Réception des changements de la base centrale : %1</source>
        <translation>Receiving changes from the central database: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Photos de la base centrale : %1</source>
        <translation>Photos from the central database: %1</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../src/models/syncservice.cpp" line="+238"/>
        <source>Connexion réussie, mais la base n&apos;est pas initialisée (lanternectl central init).</source>
        <translation>Connection succeeded, but the database is not initialised (lanternectl central init).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connexion réussie : base centrale au schéma %1.</source>
        <translation>Connection succeeded: central database at schema %1.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../qml/Lanterne/App/components/SyncStatus.qml" line="+18"/>
        <source>Magasin local · %n modification(s) en attente d&apos;envoi</source>
        <translation>
            <numerusform>Local store · %n change waiting to be sent</numerusform>
            <numerusform>Local store · %n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Magasin local · à jour</source>
        <translation>Local store · up to date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connexion à la base centrale…</source>
        <translation>Connecting to the central database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation… %1 %</source>
        <translation>Syncing… %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisation…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synchronisé à %1 · %n en attente</source>
        <translation>
            <numerusform>Synced at %1 · %n waiting</numerusform>
            <numerusform>Synced at %1 · %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisé à %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Hors ligne depuis %1 · %n modification(s) en attente</source>
        <translation>
            <numerusform>Offline since %1 · %n change waiting</numerusform>
            <numerusform>Offline since %1 · %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation impossible</source>
        <translation>Cannot sync</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mot de passe requis</source>
        <translation>Password required</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Aucune base centrale n&apos;est configurée : les modifications restent sur ce poste, dans la file d&apos;envoi.</source>
        <translation>No central database is configured: changes stay on this workstation, in the outbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connexion à la base centrale</source>
        <translation>Connection to the central database</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../src/models/syncworker.cpp" line="+80"/>
        <source>Ce magasin contient la ville de démonstration : il ne se synchronise pas. Ouvrez un magasin à part (--db) pour la base centrale.</source>
        <translation>This store holds the demo city: it does not sync. Open a store of its own (--db) for the central database.</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n modification(s) refusée(s) ou en conflit</source>
        <translation>
            <numerusform>%n change refused or in conflict</numerusform>
            <numerusform>%n changes refused or in conflict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDelegate</name>
    <message>
        <location filename="../qml/Lanterne/App/delegates/TicketDelegate.qml" line="+41"/>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>sélectionné</source>
        <translation>selected</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Modification locale en attente d&apos;envoi</source>
        <translation>Local change waiting to be sent</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <location filename="../src/models/ticketdetail.cpp" line="+178"/>
        <source>Demandeur</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Réponse</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accusé de réception</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmission</source>
        <translation>Forwarding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doublon</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>envoyé</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>échec de l&apos;envoi</source>
        <translation>sending failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sur ce poste, part à la synchronisation</source>
        <translation>on this workstation, leaves at the next sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en file d&apos;envoi</source>
        <translation>queued for sending</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Statut inconnu : %1</source>
        <translation>Unknown status: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statut changé : %1</source>
        <translation>Status changed: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Affectation enregistrée</source>
        <translation>Assignment saved</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Priorité : %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catégorie : %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description modifiée</source>
        <translation>Description updated</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Position modifiée</source>
        <translation>Location updated</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Réponse publique ajoutée (le demandeur n&apos;a pas laissé d&apos;adresse électronique)</source>
        <translation>Public reply added (the reporter left no e-mail address)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponse ajoutée à la file d&apos;envoi au demandeur</source>
        <translation>Reply to the reporter queued for sending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note interne ajoutée</source>
        <translation>Internal note added</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fusionné comme doublon de %1</source>
        <translation>Merged as a duplicate of %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renvoyé par l&apos;autorité : de retour au tri</source>
        <translation>Sent back by the authority: back to triage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prise en charge par l&apos;autorité enregistrée</source>
        <translation>Acknowledged by the authority</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Règles de routage appliquées</source>
        <translation>Routing rules applied</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impossible de lire %1 : %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo trop lourde : %1</source>
        <translation>Photo too large: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo ajoutée</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annulé : %1</source>
        <translation>Undone: %1</translation>
    </message>
</context>
<context>
    <name>TicketDetailPanel</name>
    <message>
        <location filename="../qml/Lanterne/App/components/TicketDetailPanel.qml" line="+29"/>
        <source>Signalement %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Détail du signalement</source>
        <translation>Ticket details</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sélectionnez un signalement dans la liste.</source>
        <translation>Select a ticket in the list.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>non synchronisé</source>
        <translation>not synced</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>La base centrale a refusé %n modification(s) de ce signalement : la fiche montre sa valeur.</source>
        <translation>
            <numerusform>The central database refused %n change to this ticket: it shows the central value.</numerusform>
            <numerusform>The central database refused %n changes to this ticket: it shows the central value.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voir les conflits</source>
        <translation>See the conflicts</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changer le statut…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer le statut</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Priorité : %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planifier…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+J : ajouter à la tournée d&apos;une équipe, un jour donné</source>
        <translation>Ctrl+J: add to a team&apos;s round on a given day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planifier une intervention</source>
        <translation>Plan an intervention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuler : %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Z : annule votre dernière action sur ce signalement</source>
        <translation>Ctrl+Z: undo your last action on this ticket</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+21"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modifier la description</source>
        <translation>Edit description</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photos (%1/4)</source>
        <translation>Photos (%1/4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ajouter une photo…</source>
        <translation>Add a photo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interventions (%1)</source>
        <translation>Interventions (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photo après intervention</source>
        <translation>Photo after the intervention</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quartier</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coordonnées</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Corriger…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Traitement</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— personne —</source>
        <translation>— unassigned —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent affecté</source>
        <translation>Assigned agent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routage</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Appliquer les règles</source>
        <translation>Apply the rules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Affecter selon les règles de routage (catégorie et lieu)</source>
        <translation>Assign by the routing rules (category and place)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transmis à</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pris en charge</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L&apos;autorité a confirmé qu&apos;elle s&apos;en occupe</source>
        <translation>The authority confirmed it is handling it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renvoyé…</source>
        <translation>Sent back…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;autorité renvoie le signalement à la ville : retour au tri</source>
        <translation>The authority sends the ticket back to the city: back to triage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Doublon de</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reçu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>délai : %1</source>
        <translation>deadline: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>suspendu depuis le %1</source>
        <translation>paused since %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pris en compte</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Résolu</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Doublons possibles (%1)</source>
        <translation>Possible duplicates (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>à %1 m · reçu le %2 · %3 % de mots communs</source>
        <translation>%1 m away · received %2 · %3 % words in common</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voir</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voir %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce signalement devient le doublon de %1 ; son demandeur sera prévenu de la résolution</source>
        <translation>This ticket becomes a duplicate of %1; its reporter will be told when it is resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fusionner avec %1</source>
        <translation>Merge with %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demandeur</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Anonyme</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages au demandeur (%1)</source>
        <translation>Messages to the reporter (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2 · « %3 » · %4</source>
        <translation>%1 · %2 · &quot;%3&quot; · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Historique et échanges</source>
        <translation>History and messages</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+37"/>
        <source>Note interne</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Réponse au demandeur</source>
        <translation>Reply to the reporter</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Modèle de réponse…</source>
        <translation>Reply template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modèle de réponse</source>
        <translation>Reply template</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Réponse envoyée au demandeur (Ctrl+Entrée pour ajouter)</source>
        <translation>Reply sent to the reporter (Ctrl+Enter to add)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note visible des agents seulement (Ctrl+Entrée pour ajouter)</source>
        <translation>Note visible to agents only (Ctrl+Enter to add)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Envoyer la réponse</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ajouter la note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 renvoyé par %2</source>
        <translation>%1 sent back by %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pourquoi l&apos;autorité renvoie-t-elle ce signalement ? Il revient au tri et son délai reprend.</source>
        <translation>Why does the authority send this ticket back? It goes back to triage and its deadline runs again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Motif du renvoi</source>
        <translation>Reason for sending it back</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Joindre une photo</source>
        <translation>Attach a photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>TicketEditor</name>
    <message>
        <location filename="../src/core/storage/ticketeditor.cpp" line="+166"/>
        <source>Signalement introuvable : %1</source>
        <translation>Ticket not found: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Rien à modifier : le signalement %1 a déjà ces valeurs.</source>
        <translation>Nothing to change: ticket %1 already has these values.</translation>
    </message>
    <message>
        <location line="+119"/>
        <location line="+447"/>
        <location line="+71"/>
        <location line="+349"/>
        <source>Copie synchronisée</source>
        <translation>Synced copy</translation>
    </message>
    <message>
        <location line="-837"/>
        <source>Mise à jour du signalement</source>
        <translation>Updating the ticket</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+11"/>
        <location line="+651"/>
        <location line="+14"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="-647"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+379"/>
        <location line="+279"/>
        <source>Messages au demandeur</source>
        <translation>Messages to the reporter</translation>
    </message>
    <message>
        <location line="-653"/>
        <location line="+379"/>
        <location line="+70"/>
        <location line="+238"/>
        <location line="+96"/>
        <location line="+37"/>
        <source>File d&apos;envoi</source>
        <translation>Outgoing queue</translation>
    </message>
    <message>
        <location line="-779"/>
        <source>Ce changement de statut demande un motif.</source>
        <translation>This status change requires a reason.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indiquez le signalement dont celui-ci est le doublon.</source>
        <translation>Specify the ticket that this one duplicates.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signalement d&apos;origine introuvable : %1</source>
        <translation>Original ticket not found: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un signalement ne peut pas être le doublon de lui-même.</source>
        <translation>A ticket cannot be a duplicate of itself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 est déjà le doublon de %2 : fusionnez dans l&apos;autre sens.</source>
        <translation>%1 is already a duplicate of %2: merge the other way.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Autorité compétente inconnue : « %1 ».</source>
        <translation>Unknown competent authority: “%1”.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Une équipe de terrain ne suit pas les transmissions.</source>
        <translation>A field team does not follow forwarded tickets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le signalement %1 n&apos;est pas transmis à une autorité.</source>
        <translation>Ticket %1 is not forwarded to an authority.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indiquez pourquoi l&apos;autorité renvoie le signalement.</source>
        <translation>Say why the authority sends the ticket back.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Suivi de transmission inconnu : « %1 » (acknowledged ou returned).</source>
        <translation>Unknown forwarding follow-up: &quot;%1&quot; (acknowledged or returned).</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+15"/>
        <source>Une équipe de terrain ne peut pas réaffecter un signalement.</source>
        <translation>A field team cannot reassign a ticket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service inconnu : « %1 ».</source>
        <translation>Unknown service: “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Équipe inconnue : « %1 ».</source>
        <translation>Unknown team: “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent inconnu : « %1 ».</source>
        <translation>Unknown agent: “%1”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indiquez un service, une équipe ou un agent.</source>
        <translation>Specify a service, a team or an agent.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Une équipe de terrain ne peut pas changer la priorité.</source>
        <translation>A field team cannot change the priority.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Une équipe de terrain ne peut pas changer la catégorie.</source>
        <translation>A field team cannot change the category.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+215"/>
        <source>Catégorie inconnue : « %1 ».</source>
        <translation>Unknown category: “%1”.</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Rien à modifier : le signalement %1 a déjà cette catégorie.</source>
        <translation>Nothing to change: ticket %1 already has this category.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Une équipe de terrain ne peut pas modifier la description.</source>
        <translation>A field team cannot edit the description.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+196"/>
        <source>La description ne peut pas être vide.</source>
        <translation>The description cannot be empty.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Une équipe de terrain ne peut pas déplacer un signalement.</source>
        <translation>A field team cannot move a ticket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+189"/>
        <source>Coordonnées invalides : %1, %2.</source>
        <translation>Invalid coordinates: %1, %2.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Le texte est vide.</source>
        <translation>The text is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une équipe de terrain ne répond pas directement au demandeur.</source>
        <translation>A field team does not reply directly to the reporter.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Votre signalement %1</source>
        <translation>Your report %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Photo trop lourde (%1 Mo, au plus %2 Mo).</source>
        <translation>Photo too large (%1 MB; maximum %2 MB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce fichier n&apos;est pas une image lisible (%1).</source>
        <translation>This file is not a readable image (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le signalement a déjà %1 photos, le maximum.</source>
        <translation>The ticket already has %1 photos, the maximum.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+6"/>
        <location line="+166"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Une équipe de terrain ne crée pas de signalement.</source>
        <translation>A field team cannot create tickets.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adresse électronique invalide : « %1 ».</source>
        <translation>Invalid email address: “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Au plus %1 photos par signalement.</source>
        <translation>At most %1 photos per ticket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photo illisible ou trop lourde (%1).</source>
        <translation>Photo unreadable or too large (%1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Numérotation</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Demandeur</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Création du signalement</source>
        <translation>Creating the ticket</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Aucune action à annuler sur ce signalement.</source>
        <translation>No action to undo on this ticket.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Annulation</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Impossible d&apos;annuler : « %1 » a été modifié depuis.</source>
        <translation>Cannot undo: “%1” has been changed since.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opération introuvable : %1</source>
        <translation>Operation not found: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cette opération n&apos;a pas été refusée : il n&apos;y a rien à renvoyer.</source>
        <translation>This operation was not refused: there is nothing to send again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La photo refusée n&apos;est plus sur ce poste.</source>
        <translation>The refused photo is no longer on this workstation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Une création ou une annulation ne peut pas être renvoyée.</source>
        <translation>A creation or an undo cannot be sent again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statut inconnu dans l&apos;opération refusée.</source>
        <translation>Unknown status in the refused operation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Une équipe de terrain ne peut modifier que le statut.</source>
        <translation>A field team can only change the status.</translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <location filename="../src/models/ticketform.cpp" line="+38"/>
        <source>Indiquez une adresse de la liste ou des coordonnées.</source>
        <translation>Choose an address from the list or enter coordinates.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photo illisible ou trop lourde : %1</source>
        <translation>Photo unreadable or too large: %1</translation>
    </message>
</context>
<context>
    <name>TicketMap</name>
    <message numerus="yes">
        <location filename="../qml/Lanterne/App/components/TicketMap.qml" line="+76"/>
        <source>Carte des signalements : %Ln signalement(s) visibles</source>
        <translation>
            <numerusform>Map of tickets: %Ln ticket in view</numerusform>
            <numerusform>Map of tickets: %Ln tickets in view</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Zoom avant (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom arrière (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir tous les signalements du filtre (0)</source>
        <translation>Show every ticket of the filter (0)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Densité</source>
        <translation>Density</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carte de densité : où les signalements sont nombreux</source>
        <translation>Density map: where tickets are many</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quartiers</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Placement des signalements…</source>
        <translation>Placing the tickets…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun signalement ne correspond à ces filtres.</source>
        <translation>No ticket matches these filters.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Légende : rouge en retard, orange échéance proche, bleu ouvert, vert résolu, gris clos</source>
        <translation>Legend: red overdue, orange due soon, blue open, green fixed, grey closed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>en retard</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>échéance proche</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ouvert</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>résolu</source>
        <translation>fixed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clos</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Contours : IGN Admin Express, INSEE – Licence Ouverte</source>
        <translation>Outlines: IGN Admin Express, INSEE – Licence Ouverte</translation>
    </message>
</context>
<context>
    <name>TicketRepository</name>
    <message>
        <location filename="../src/core/storage/ticketrepository.cpp" line="+506"/>
        <source>Signalement créé (%1)</source>
        <translation>Ticket created (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 : %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>TileLoader</name>
    <message>
        <location filename="../src/map/tileloader.cpp" line="+94"/>
        <source>hors des niveaux du fond de carte</source>
        <translation>outside the background&apos;s zoom levels</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>réponse %1 du serveur de tuiles</source>
        <translation>answer %1 from the tile server</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+44"/>
        <source>la tuile reçue n&apos;est pas une image</source>
        <translation>the tile received is not a picture</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>fichier MBTiles illisible : %1</source>
        <translation>unreadable MBTiles file: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tuile absente du fichier MBTiles</source>
        <translation>tile missing from the MBTiles file</translation>
    </message>
</context>
<context>
    <name>TileSource</name>
    <message>
        <location filename="../src/map/tilesource.cpp" line="+26"/>
        <source>Plan IGN</source>
        <translation>Plan IGN</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Aucun fond (contours seuls)</source>
        <translation>No background (outlines only)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adresse personnalisée</source>
        <translation>Custom address</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Adresse de tuiles invalide : « %1 » (il faut http(s) et {z}, {x}, {y}).</source>
        <translation>Invalid tile address: “%1” (http(s) and {z}, {x}, {y} are needed).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fichier MBTiles illisible : %1</source>
        <translation>Unreadable MBTiles file: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fond de carte inconnu : « %1 »</source>
        <translation>Unknown map background: “%1”</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../qml/Lanterne/App/components/TimelineView.qml" line="+52"/>
        <source>réponse au demandeur</source>
        <translation>reply to the reporter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note interne</source>
        <translation>internal note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>en attente d&apos;envoi</source>
        <translation>waiting to be sent</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../src/core/domain/workflow.cpp" line="+63"/>
        <source>Le signalement a déjà ce statut.</source>
        <translation>The ticket already has this status.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un signalement ne peut pas revenir au statut « nouveau ».</source>
        <translation>A ticket cannot go back to the “new” status.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seul un superviseur peut annuler un signalement.</source>
        <translation>Only a supervisor can cancel a ticket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seul un superviseur peut rouvrir un signalement clos ou résolu.</source>
        <translation>Only a supervisor can reopen a closed or resolved ticket.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce signalement n&apos;est pas affecté à votre équipe.</source>
        <translation>This ticket is not assigned to your team.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une équipe de terrain ne peut pas modifier un signalement clos ou résolu.</source>
        <translation>A field team cannot modify a closed or resolved ticket.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Une équipe de terrain peut seulement passer un signalement en cours, en attente, résolu ou sans suite.</source>
        <translation>A field team can only set a ticket to in progress, waiting, resolved or no further action.</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <location filename="../src/core/domain/workingcalendar.cpp" line="+34"/>
        <source>plage horaire « %1 » illisible (attendu : 08:30-12:30)</source>
        <translation>time span &quot;%1&quot; unreadable (expected: 08:30-12:30)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plage horaire « %1 » avant la fin de la précédente</source>
        <translation>time span &quot;%1&quot; before the end of the previous one</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>aucune plage horaire</source>
        <translation>no time span</translation>
    </message>
</context>
<context>
    <name>lanterne::DashboardModel</name>
    <message numerus="yes">
        <location filename="../src/models/dashboardmodel.cpp" line="+284"/>
        <source>du %1 au %2 (%n jour(s)), comparé aux %n jour(s) précédents</source>
        <translation>
            <numerusform>%1 to %2 (%n day), compared with the previous %n day</numerusform>
            <numerusform>%1 to %2 (%n days), compared with the previous %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sans service</source>
        <translation>No service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sans équipe</source>
        <translation>No team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hors quartier</source>
        <translation>No district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Les chiffres n&apos;ont pas pu être calculés : %1</source>
        <translation>The figures could not be computed: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reçus</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Résolus</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prise en compte (médiane)</source>
        <translation>Acknowledged (median)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Résolution (médiane)</source>
        <translation>Resolved (median)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Résolution (9 sur 10)</source>
        <translation>Resolved (9 in 10)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Résolus dans les délais</source>
        <translation>Resolved on time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En retard aujourd&apos;hui</source>
        <translation>Late today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sur %1 en cours</source>
        <translation>of %1 open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transmis à un tiers</source>
        <translation>Forwarded to a third party</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doublons</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Autres</source>
        <translation>Others</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>Aucun magasin ouvert.</source>
        <translation>No store open.</translation>
    </message>
</context>
<context>
    <name>lanterne::FieldDayModel</name>
    <message>
        <location filename="../src/models/fielddaymodel.cpp" line="+325"/>
        <source>Aucune intervention choisie.</source>
        <translation>No intervention chosen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Résultat inconnu : %1</source>
        <translation>Unknown result: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indiquez l&apos;heure de l&apos;action (HH:MM).</source>
        <translation>Give the time of the action (HH:MM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <location line="+76"/>
        <source>Heure invalide : « %1 » (HH:MM).</source>
        <translation>Invalid time: &quot;%1&quot; (HH:MM).</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Photo illisible : %1 (%2)</source>
        <translation>Unreadable photo: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pas d&apos;heure prévue pour cet arrêt : indiquez l&apos;heure de l&apos;action.</source>
        <translation>No planned time for this stop: give the time of the action.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Aucun signalement choisi.</source>
        <translation>No ticket chosen.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n signalement(s) planifié(s) pour %1, %2.</source>
        <translation>
            <numerusform>%n ticket planned for %1, %2.</numerusform>
            <numerusform>%n tickets planned for %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n refusé(s) : %1</source>
        <translation>
            <numerusform>%n refused: %1</numerusform>
            <numerusform>%n refused: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 retiré de la tournée.</source>
        <translation>%1 removed from the round.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Aucune intervention ce jour-là : il n&apos;y a pas de feuille de route à imprimer.</source>
        <translation>No intervention that day: there is no round sheet to print.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+5"/>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Feuille de route enregistrée : %1</source>
        <translation>Round sheet saved: %1</translation>
    </message>
</context>
<context>
    <name>lanterne::Session</name>
    <message>
        <location filename="../src/models/session.cpp" line="-449"/>
        <source>Le magasin local est ouvert en lecture seule (%1) : vous pouvez consulter les signalements, mais pas les modifier.</source>
        <translation>The local store is open read-only (%1): you can look at the tickets, but not change them.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Fond de carte : %1</source>
        <translation>Map background: %1</translation>
    </message>
</context>
<context>
    <name>lanterne::TicketDetail</name>
    <message>
        <location filename="../src/models/ticketdetail.cpp" line="-217"/>
        <source>%1 à %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>planifiée</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>à %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>motif : %1</source>
        <translation>reason: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/lanterne_main.cpp" line="+57"/>
        <source>Lanterne : signalements de l&apos;espace public</source>
        <translation>Lanterne: public space reports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Magasin local à ouvrir.</source>
        <translation>Local store to open.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page à ouvrir (inbox, map, triage, kanban, dashboard, field, new, settings, conflicts).</source>
        <translation>Page to open (inbox, map, triage, kanban, dashboard, field, new, settings, conflicts).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signalement à sélectionner.</source>
        <translation>Ticket to select.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écrit la fenêtre en PNG puis quitte.</source>
        <translation>Writes the window to a PNG file, then quits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taille de la fenêtre.</source>
        <translation>Window size.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge chaque page et échoue au moindre avertissement QML.</source>
        <translation>Loads every page and fails on any QML warning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taille de la ville de démonstration au premier lancement.</source>
        <translation>Size of the demo city (number of tickets) on first launch.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>page inconnue : %1 (pages : %2)</source>
        <translation>unknown page: %1 (pages: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>taille invalide : %1 (ex. 1440x900)</source>
        <translation>invalid size: %1 (e.g. 1440x900)</translation>
    </message>
</context>
</TS>
