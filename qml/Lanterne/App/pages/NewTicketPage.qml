// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models
import Lanterne.App

/** The form an agent fills in on the phone or at the counter. */
Rectangle {
    id: root

    property var photoFiles: []
    readonly property bool complete: categoryBox.currentIndex >= 0 && descriptionField.text.trim().length > 0 && !isNaN(parseFloat(latField.text)) && !isNaN(parseFloat(lonField.text))
    readonly property alias form: ticketForm

    signal created(string id, string reference)
    signal cancelled

    color: Theme.background

    function clear() {
        kindBox.currentIndex = 0;
        channelBox.currentIndex = Math.max(0, channelBox.indexOfValue("phone"));
        categoryBox.currentIndex = -1;
        descriptionField.text = "";
        addressField.text = "";
        latField.text = "";
        lonField.text = "";
        districtLabel.text = "";
        priorityBox.currentIndex = 0;
        nameField.text = "";
        emailField.text = "";
        phoneField.text = "";
        root.photoFiles = [];
        suggestionList.model = [];
    }

    /** Used by the self-test: a plausible call, not submitted. */
    function fillExample() {
        categoryBox.currentIndex = 0;
        descriptionField.text = qsTr("Nid-de-poule profond devant l'école, signalé par téléphone.");
        addressField.text = "12 rue";
        suggestionList.model = Session.addressSuggestions(addressField.text);
        if (suggestionList.model.length > 0)
            root.pickSuggestion(suggestionList.model[0]);
        nameField.text = "Camille Exemple";
        emailField.text = "camille.exemple@example.org";
    }

    function pickSuggestion(s: var) {
        addressField.text = s.address;
        latField.text = Number(s.latitude).toFixed(6);
        lonField.text = Number(s.longitude).toFixed(6);
        districtLabel.text = s.district + ", " + s.municipality;
        suggestionList.model = [];
    }

    function submit() {
        if (!root.complete)
            return;
        const result = ticketForm.create({
            "kind": kindBox.currentValue,
            "channel": channelBox.currentValue,
            "category": categoryBox.currentValue,
            "description": descriptionField.text,
            "address": addressField.text,
            "latitude": parseFloat(latField.text.replace(",", ".")),
            "longitude": parseFloat(lonField.text.replace(",", ".")),
            "priority": priorityBox.currentValue,
            "reporterName": nameField.text,
            "reporterEmail": emailField.text,
            "reporterPhone": phoneField.text,
            "photos": root.photoFiles
        });
        if (result.reference) {
            root.clear();
            root.created(result.id, result.reference);
        }
    }

    TicketForm {
        id: ticketForm
    }

    Shortcut {
        sequence: "Ctrl+Return"
        enabled: root.visible
        onActivated: root.submit()
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        Rectangle {
            width: Math.min(parent.width - 2 * Theme.margin, 860)
            x: (parent.width - width) / 2
            y: Theme.margin
            implicitHeight: formColumn.implicitHeight + 4 * Theme.margin + Theme.margin
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius

            ColumnLayout {
                id: formColumn
                anchors.fill: parent
                anchors.margins: Theme.margin * 2
                spacing: 4

                Label {
                    text: qsTr("Nouveau signalement")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }

                SectionHeader {
                    text: qsTr("Demande")
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 4
                    columnSpacing: Theme.margin
                    Label {
                        text: qsTr("Canal")
                    }
                    ComboBox {
                        id: channelBox
                        objectName: "channelBox"
                        Layout.fillWidth: true
                        model: Session.channels
                        textRole: "label"
                        valueRole: "code"
                        Accessible.name: qsTr("Canal")
                        Component.onCompleted: channelBox.currentIndex = Math.max(0, channelBox.indexOfValue("phone"))
                    }
                    Label {
                        text: qsTr("Type")
                    }
                    ComboBox {
                        id: kindBox
                        Layout.fillWidth: true
                        model: Session.kinds
                        textRole: "label"
                        valueRole: "code"
                        Accessible.name: qsTr("Type de demande")
                    }
                    Label {
                        text: qsTr("Catégorie *")
                    }
                    ComboBox {
                        id: categoryBox
                        objectName: "categoryBox"
                        Layout.fillWidth: true
                        Layout.columnSpan: 3
                        model: Session.categories
                        textRole: "label"
                        valueRole: "code"
                        currentIndex: -1
                        displayText: currentIndex >= 0 ? Session.categories[currentIndex].domainLabel + " › " + currentText : qsTr("Choisir une catégorie…")
                        Accessible.name: qsTr("Catégorie")
                        delegate: ItemDelegate {
                            id: categoryDelegate
                            required property var modelData
                            required property int index
                            width: categoryBox.width
                            text: categoryDelegate.modelData.domainLabel + " › " + categoryDelegate.modelData.label
                            highlighted: categoryBox.highlightedIndex === categoryDelegate.index
                        }
                    }
                    Label {
                        text: qsTr("Priorité")
                    }
                    ComboBox {
                        id: priorityBox
                        Layout.fillWidth: true
                        model: [{ "code": "", "label": qsTr("Selon la catégorie") }].concat(Session.priorities)
                        textRole: "label"
                        valueRole: "code"
                        Accessible.name: qsTr("Priorité")
                    }
                }
                Label {
                    text: qsTr("Description *")
                }
                TextBox {
                    id: descriptionField
                    objectName: "descriptionField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 100
                    wrapMode: TextEdit.Wrap
                    placeholderText: qsTr("Ce que la personne signale, avec ses mots")
                    Accessible.name: qsTr("Description")
                }

                SectionHeader {
                    text: qsTr("Lieu")
                }
                Label {
                    text: qsTr("Adresse * (tapez le numéro et la rue, puis choisissez dans la liste)")
                }
                TextField {
                    id: addressField
                    objectName: "addressField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("ex. 12 rue Hoche")
                    Accessible.name: qsTr("Adresse")
                    onTextEdited: suggestionList.model = Session.addressSuggestions(addressField.text)
                    Keys.onDownPressed: suggestionList.forceActiveFocus()
                }
                ListView {
                    id: suggestionList
                    objectName: "suggestionList"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(contentHeight, 200)
                    visible: count > 0
                    clip: true
                    model: []
                    keyNavigationEnabled: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Adresses proposées")
                    delegate: ItemDelegate {
                        id: suggestionDelegate
                        required property var modelData
                        required property int index
                        width: suggestionList.width
                        highlighted: suggestionList.activeFocus && suggestionList.currentIndex === suggestionDelegate.index
                        text: suggestionDelegate.modelData.address + " — " + suggestionDelegate.modelData.district + ", " + suggestionDelegate.modelData.municipality
                        onClicked: root.pickSuggestion(suggestionDelegate.modelData)
                        Keys.onReturnPressed: root.pickSuggestion(suggestionDelegate.modelData)
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Latitude")
                    }
                    TextField {
                        id: latField
                        objectName: "latField"
                        Layout.preferredWidth: 130
                        Accessible.name: qsTr("Latitude")
                    }
                    Label {
                        text: qsTr("Longitude")
                    }
                    TextField {
                        id: lonField
                        objectName: "lonField"
                        Layout.preferredWidth: 130
                        Accessible.name: qsTr("Longitude")
                    }
                    Label {
                        id: districtLabel
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
                PinMap {
                    id: placeMap
                    objectName: "placeMap"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 240
                    editable: true
                    zoom: 15
                    latitude: parseFloat(latField.text.replace(",", "."))
                    longitude: parseFloat(lonField.text.replace(",", "."))
                    // The phone call: "it's in front of the bakery" — a click on the map says where.
                    onMoved: (lat, lon) => {
                        latField.text = lat.toFixed(6);
                        lonField.text = lon.toFixed(6);
                        districtLabel.text = "";
                    }
                }

                SectionHeader {
                    text: qsTr("Demandeur (données personnelles)")
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Theme.margin
                    Label {
                        text: qsTr("Nom")
                    }
                    TextField {
                        id: nameField
                        objectName: "nameField"
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Nom du demandeur")
                    }
                    Label {
                        text: qsTr("Courriel")
                    }
                    TextField {
                        id: emailField
                        objectName: "emailField"
                        Layout.fillWidth: true
                        inputMethodHints: Qt.ImhEmailCharactersOnly
                        color: emailField.text.length === 0 || emailField.text.indexOf("@") > 0 ? Theme.text : Theme.danger
                        Accessible.name: qsTr("Courriel du demandeur")
                    }
                    Label {
                        text: qsTr("Téléphone")
                    }
                    TextField {
                        id: phoneField
                        Layout.fillWidth: true
                        inputMethodHints: Qt.ImhDialableCharactersOnly
                        Accessible.name: qsTr("Téléphone du demandeur")
                    }
                }

                SectionHeader {
                    text: qsTr("Photos (%1/4)").arg(root.photoFiles.length)
                }
                Repeater {
                    model: root.photoFiles
                    delegate: RowLayout {
                        id: photoRow
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: String(photoRow.modelData).replace(/^file:\/\//, "")
                            elide: Text.ElideMiddle
                        }
                        ToolButton {
                            text: "✕"
                            Accessible.name: qsTr("Retirer la photo")
                            onClicked: {
                                let files = root.photoFiles.slice();
                                files.splice(photoRow.index, 1);
                                root.photoFiles = files;
                            }
                        }
                    }
                }
                Button {
                    text: qsTr("Joindre des photos…")
                    enabled: root.photoFiles.length < 4
                    onClicked: fileDialog.open()
                }

                Label {
                    Layout.fillWidth: true
                    visible: ticketForm.lastError.length > 0
                    text: ticketForm.lastError
                    color: Theme.danger
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    Layout.topMargin: Theme.margin
                    Button {
                        objectName: "createButton"
                        text: qsTr("Créer le signalement")
                        highlighted: true
                        enabled: root.complete && !Session.readOnly
                        onClicked: root.submit()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Ctrl+Entrée")
                    }
                    Button {
                        text: qsTr("Effacer le formulaire")
                        onClicked: root.clear()
                    }
                    Button {
                        text: qsTr("Retour à la liste")
                        flat: true
                        onClicked: root.cancelled()
                    }
                }
            }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Joindre des photos")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: root.photoFiles = root.photoFiles.concat(fileDialog.selectedFiles.map(u => u.toString())).slice(0, 4)
    }
}
