// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models
import Lanterne.App

/** The connection to the city's central database: address, CA certificate, password, test. */
Rectangle {
    id: root

    color: Theme.background

    /** The address with the login of the Identifiant field. */
    readonly property string fullUrl: SyncService.withUser(urlField.text, userField.text)

    function reset() {
        urlField.text = SyncService.withoutUser(SyncService.url);
        userField.text = SyncService.userOf(SyncService.url);
        caField.text = SyncService.caFile;
        passwordField.text = "";
    }

    Component.onCompleted: root.reset()
    Connections {
        target: SyncService
        function onSettingsChanged() {
            root.reset();
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        Column {
        width: scroll.availableWidth
        topPadding: Theme.margin
        bottomPadding: Theme.margin
        spacing: Theme.margin

        Rectangle {
            width: Math.min(parent.width - 2 * Theme.margin, 820)
            x: (parent.width - width) / 2
            implicitHeight: column.implicitHeight + 5 * Theme.margin
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius

            ColumnLayout {
                id: column
                anchors.fill: parent
                anchors.margins: Theme.margin * 2
                spacing: 6

                Label {
                    text: qsTr("Base centrale")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    text: qsTr("Ce poste travaille sur son magasin local et se synchronise avec la base PostgreSQL de la ville, qui décide de qui voit et modifie quoi. Sans base centrale, il travaille seul.")
                }

                SectionHeader {
                    text: qsTr("État")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: syncStatus.stateText
                    font.bold: true
                    SyncStatus {
                        id: syncStatus
                        visible: false
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: SyncService.message.length > 0
                    wrapMode: Text.Wrap
                    color: SyncService.state === SyncService.Error ? Theme.danger : Theme.textMuted
                    text: SyncService.message
                }
                Button {
                    visible: SyncService.state !== SyncService.LocalOnly
                    text: qsTr("Synchroniser maintenant")
                    onClicked: SyncService.syncNow()
                }

                SectionHeader {
                    text: qsTr("Connexion")
                }
                Label {
                    text: qsTr("Adresse (postgresql://serveur:5432/lanterne)")
                }
                TextField {
                    id: urlField
                    objectName: "urlField"
                    Layout.fillWidth: true
                    placeholderText: "postgresql://base.mairie-pantin.fr:5432/lanterne"
                    Accessible.name: qsTr("Adresse de la base centrale")
                    // A login typed in the address fills the Identifiant field.
                    onEditingFinished: {
                        if (SyncService.userOf(text).length > 0) {
                            userField.text = SyncService.userOf(text);
                            text = SyncService.withoutUser(text);
                        }
                    }
                }
                Label {
                    text: qsTr("Identifiant")
                }
                TextField {
                    id: userField
                    objectName: "userField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("votre identifiant à la base centrale, ex. c.moreau")
                    Accessible.name: qsTr("Identifiant à la base centrale")
                }
                Label {
                    text: qsTr("Certificat de l'autorité de la ville (CA), pour vérifier le serveur")
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: caField
                        objectName: "caField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("/chemin/vers/ca-ville.crt")
                        Accessible.name: qsTr("Fichier du certificat de l'autorité")
                    }
                    Button {
                        text: qsTr("Choisir…")
                        onClicked: caDialog.open()
                    }
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Hors de ce poste, la connexion est chiffrée et le serveur vérifié (sslmode=verify-full) : sans le certificat de la ville, elle est refusée.")
                }
                Label {
                    text: qsTr("Mot de passe")
                }
                TextField {
                    id: passwordField
                    objectName: "passwordField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: SyncService.needsPassword ? qsTr("Mot de passe requis") : qsTr("inchangé")
                    Accessible.name: qsTr("Mot de passe")
                }
                CheckBox {
                    id: rememberBox
                    checked: SyncService.keychainAvailable
                    enabled: SyncService.keychainAvailable
                    text: qsTr("Le retenir dans le trousseau de clés du bureau")
                }
                Label {
                    Layout.fillWidth: true
                    visible: !SyncService.keychainAvailable
                    wrapMode: Text.Wrap
                    color: Theme.warning
                    text: qsTr("Aucun trousseau de clés n'est disponible : le mot de passe sera demandé à chaque session. Il n'est jamais enregistré en clair.")
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: Session.demoCity
                    wrapMode: Text.Wrap
                    color: Theme.warning
                    text: qsTr("Ce poste contient la ville de démonstration. En enregistrant la connexion, elle est effacée et remplacée par les signalements de la base centrale.")
                }
                RowLayout {
                    Layout.topMargin: Theme.margin
                    Button {
                        text: SyncService.testing ? qsTr("Test en cours…") : qsTr("Tester la connexion")
                        enabled: !SyncService.testing && urlField.text.trim().length > 0
                        onClicked: SyncService.testConnection(root.fullUrl, caField.text, passwordField.text)
                    }
                    Button {
                        text: Session.demoCity ? qsTr("Remplacer la démonstration et synchroniser") : qsTr("Enregistrer et synchroniser")
                        highlighted: true
                        enabled: urlField.text.trim().length > 0
                        onClicked: if (SyncService.saveSettings(root.fullUrl, caField.text, passwordField.text, rememberBox.checked))
                            passwordField.text = ""
                    }
                    Button {
                        text: qsTr("Revenir au mode local")
                        flat: true
                        visible: SyncService.url.length > 0
                        onClicked: SyncService.disconnectCentral()
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: SyncService.testResult.length > 0
                    wrapMode: Text.Wrap
                    text: SyncService.testResult
                    color: SyncService.testResult.indexOf("réussie") >= 0 || SyncService.testResult.indexOf("succeeded") >= 0 ? Theme.success : Theme.danger
                }
            }
        }

        // The map's background.
        Rectangle {
            width: Math.min(parent.width - 2 * Theme.margin, 820)
            x: (parent.width - width) / 2
            implicitHeight: mapColumn.implicitHeight + 4 * Theme.margin
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius

            ColumnLayout {
                id: mapColumn
                anchors.fill: parent
                anchors.margins: Theme.margin * 2
                spacing: 6

                Label {
                    text: qsTr("Fond de carte")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    text: qsTr("Sous les signalements, la carte montre toujours les contours des communes et des quartiers ; le fond s'y ajoute quand il est joignable.")
                }
                ComboBox {
                    id: tilesBox
                    objectName: "tilesBox"
                    Layout.fillWidth: true
                    textRole: "label"
                    valueRole: "id"
                    Accessible.name: qsTr("Fond de carte")
                    model: [
                        { "id": "ign", "label": qsTr("Plan IGN (Géoplateforme, sans clé, Licence Ouverte)") },
                        { "id": "osm", "label": qsTr("OpenStreetMap (usage modéré, selon sa politique d'utilisation)") },
                        { "id": "custom", "label": qsTr("Autre serveur de tuiles (XYZ ou WMTS)") },
                        { "id": "mbtiles", "label": qsTr("Fichier MBTiles (hors ligne)") },
                        { "id": "none", "label": qsTr("Aucun (contours seuls)") }
                    ]
                    Component.onCompleted: tilesBox.currentIndex = Math.max(0, tilesBox.indexOfValue(Session.mapTiles.id || "ign"))
                }
                TextField {
                    id: tilesUrl
                    objectName: "tilesUrl"
                    Layout.fillWidth: true
                    visible: tilesBox.currentValue === "custom"
                    text: Session.mapTiles.url || ""
                    placeholderText: "https://tuiles.exemple.fr/{z}/{x}/{y}.png"
                    Accessible.name: qsTr("Adresse des tuiles, avec {z}, {x} et {y}")
                }
                TextField {
                    id: tilesAttribution
                    Layout.fillWidth: true
                    visible: tilesBox.currentValue === "custom"
                    text: Session.mapTiles.attribution || ""
                    placeholderText: qsTr("Mention de la source, ex. © Ville de Pantin")
                    Accessible.name: qsTr("Mention de la source des tuiles")
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: tilesBox.currentValue === "mbtiles"
                    TextField {
                        id: tilesPath
                        Layout.fillWidth: true
                        text: Session.mapTiles.path || ""
                        placeholderText: qsTr("/chemin/vers/ville.mbtiles")
                        Accessible.name: qsTr("Fichier MBTiles")
                    }
                    Button {
                        text: qsTr("Choisir…")
                        onClicked: mbtilesDialog.open()
                    }
                }
                RowLayout {
                    Button {
                        text: qsTr("Appliquer")
                        highlighted: true
                        onClicked: {
                            const m = { "id": tilesBox.currentValue };
                            if (m.id === "custom") {
                                m.url = tilesUrl.text.trim();
                                m.attribution = tilesAttribution.text.trim();
                            } else if (m.id === "mbtiles") {
                                m.path = tilesPath.text.trim();
                            }
                            tilesError.text = Session.setMapTiles(m);
                        }
                    }
                }
                Label {
                    id: tilesError
                    objectName: "tilesError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    wrapMode: Text.Wrap
                    color: Theme.danger
                }
            }
        }
        }
    }

    FileDialog {
        id: mbtilesDialog
        title: qsTr("Fichier MBTiles")
        nameFilters: [qsTr("Tuiles MBTiles (*.mbtiles)")]
        onAccepted: tilesPath.text = mbtilesDialog.selectedFile.toString().replace(/^file:\/\//, "")
    }

    FileDialog {
        id: caDialog
        title: qsTr("Certificat de l'autorité de la ville")
        nameFilters: [qsTr("Certificats (*.crt *.pem)")]
        onAccepted: caField.text = caDialog.selectedFile.toString().replace(/^file:\/\//, "")
    }
}
