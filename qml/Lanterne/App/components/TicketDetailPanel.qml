// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models
import Lanterne.App

/** The selected ticket: what was reported, where, by whom, its timeline, and every action on it. */
Rectangle {
    id: root

    property alias ticketId: detail.ticketId
    readonly property alias detail: detail
    readonly property var t: detail.ticket
    readonly property bool editable: detail.exists && Session.canEditTickets
    readonly property bool actionable: detail.exists && !Session.readOnly

    signal notice(string message)
    signal openConflicts
    /** Another ticket to show (a possible duplicate). */
    signal openTicket(string id)

    color: Theme.surface
    activeFocusOnTab: true
    Accessible.role: Accessible.Pane
    Accessible.name: detail.exists ? qsTr("Signalement %1").arg(root.t.reference) : qsTr("Détail du signalement")

    function openStatusDialog() {
        if (root.actionable)
            statusDialog.open();
    }
    function openLocationDialog() {
        if (root.editable)
            locationDialog.open();
    }
    function openPhoto(index: int) {
        if (index < detail.photos.length) {
            photoDialog.photos = detail.photos;
            photoDialog.index = index;
            photoDialog.open();
        }
    }
    function openPlanDialog() {
        if (root.editable && root.t.statusClass === "open")
            planDialog.open();
    }
    function closeDialogs() {
        planDialog.close();
        statusDialog.close();
        locationDialog.close();
        photoDialog.close();
        returnDialog.close();
    }

    TicketDetail {
        id: detail
        // Set, not bound: choosing in a combo box would break a binding, and the next ticket
        // would show the previous one's value.
        onChanged: {
            // detail.ticket, not root.t: that binding may not be updated yet in this handler.
            const t = detail.ticket;
            priorityBox.currentIndex = priorityBox.indexOfValue(t.priority || "normal");
            categoryBox.currentIndex = categoryBox.indexOfValue(t.category || "");
            serviceBox.currentIndex = serviceBox.indexOfValue(t.service || "");
            teamBox.currentIndex = teamBox.indexOfValue(t.team || "");
            agentBox.currentIndex = agentBox.indexOfValue(t.assignee || "");
        }
        onDone: message => root.notice(message)
        onLastErrorChanged: if (detail.lastError.length > 0)
            root.notice(detail.lastError)
    }

    Shortcut {
        sequence: "Ctrl+E"
        enabled: root.actionable && root.visible // one panel per page: only the shown one answers
        onActivated: root.openStatusDialog()
    }
    Shortcut {
        sequences: [StandardKey.Undo]
        enabled: root.actionable && root.visible && detail.undoLabel.length > 0
        onActivated: detail.undo()
    }
    Shortcut {
        sequence: "Ctrl+M"
        enabled: root.actionable && root.visible
        onActivated: commentField.forceActiveFocus()
    }
    Shortcut {
        sequence: "Ctrl+J"
        enabled: root.editable && root.visible
        onActivated: root.openPlanDialog()
    }

    Label {
        anchors.centerIn: parent
        visible: !detail.exists
        text: qsTr("Sélectionnez un signalement dans la liste.")
        color: Theme.textMuted
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        visible: detail.exists
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 6

            // Header
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                spacing: Theme.margin
                CategoryIcon {
                    implicitWidth: 44
                    implicitHeight: 44
                    source: root.t.categoryIcon || ""
                    colour: root.t.categoryColour || "#607d8b"
                    name: root.t.categoryLabel || ""
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // the badges wrap rather than widen the panel
                    spacing: 2
                    Flow {
                        Layout.fillWidth: true
                        spacing: 6
                        Label {
                            text: root.t.reference || ""
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            font.family: "monospace"
                            color: Theme.text
                        }
                        Badge {
                            text: root.t.statusLabel || ""
                            colour: Theme.statusColour(root.t.statusClass || "open")
                        }
                        DeadlineBadge {
                            objectName: "detailDeadlineBadge"
                            deadline: root.t.deadlineState || "none"
                            text: root.t.deadlineText || ""
                        }
                        Badge {
                            visible: (root.t.pendingOperations || 0) > 0 || root.t.synced === false
                            text: qsTr("non synchronisé")
                            colour: Theme.accent
                            filled: false
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: (root.t.domainLabel || "") + " › " + (root.t.categoryLabel || "") + " · " + (root.t.kindLabel || "")
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
            }

            // The central database refused an edit of this ticket: say so, where the agent looks.
            Rectangle {
                objectName: "conflictBanner"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: (root.t.openConflicts || 0) > 0
                implicitHeight: conflictRow.implicitHeight + 2 * Theme.spacing
                color: "#fff3e0"
                border.color: Theme.warning
                radius: Theme.radius
                RowLayout {
                    id: conflictRow
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        text: qsTr("La base centrale a refusé %n modification(s) de ce signalement : la fiche montre sa valeur.", "", root.t.openConflicts || 0)
                    }
                    Button {
                        text: qsTr("Voir les conflits")
                        Accessible.name: text
                        onClicked: root.openConflicts()
                    }
                }
            }

            // Actions
            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                spacing: Theme.spacing
                Button {
                    text: qsTr("Changer le statut…")
                    highlighted: true
                    enabled: root.actionable && detail.transitions.length > 0
                    onClicked: root.openStatusDialog()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Ctrl+E")
                    Accessible.name: qsTr("Changer le statut")
                }
                ComboBox {
                    id: priorityBox
                    objectName: "priorityBox"
                    width: 150
                    enabled: root.editable
                    model: Session.priorities
                    textRole: "label"
                    valueRole: "code"
                    displayText: qsTr("Priorité : %1").arg(root.t.priorityLabel || "")
                    Accessible.name: qsTr("Priorité")
                    onActivated: detail.setPriority(priorityBox.currentValue)
                }
                Button {
                    objectName: "planButton"
                    visible: Session.canEditTickets
                    text: qsTr("Planifier…")
                    enabled: root.editable && root.t.statusClass === "open"
                    onClicked: root.openPlanDialog()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Ctrl+J : ajouter à la tournée d'une équipe, un jour donné")
                    Accessible.name: qsTr("Planifier une intervention")
                }
                Button {
                    text: detail.undoLabel.length > 0 ? qsTr("Annuler : %1").arg(detail.undoLabel) : qsTr("Annuler")
                    enabled: root.actionable && detail.undoLabel.length > 0
                    onClicked: detail.undo()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Ctrl+Z : annule votre dernière action sur ce signalement")
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: detail.lastError.length > 0
                text: detail.lastError
                color: Theme.danger
                wrapMode: Text.Wrap
            }

            // Description
            SectionHeader {
                text: qsTr("Description")
                Layout.leftMargin: Theme.margin
            }
            Label {
                id: descriptionLabel
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: !descriptionEditor.visible
                text: root.t.description || ""
                wrapMode: Text.Wrap
                color: Theme.text
                textFormat: Text.PlainText
            }
            TextBox {
                id: descriptionEditor
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: false
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Description")
            }
            RowLayout {
                Layout.leftMargin: Theme.margin
                Button {
                    visible: !descriptionEditor.visible
                    enabled: root.editable
                    text: qsTr("Modifier la description")
                    flat: true
                    onClicked: {
                        descriptionEditor.text = root.t.description;
                        descriptionEditor.visible = true;
                        descriptionEditor.forceActiveFocus();
                    }
                }
                Button {
                    visible: descriptionEditor.visible
                    text: qsTr("Enregistrer")
                    highlighted: true
                    onClicked: if (detail.editDescription(descriptionEditor.text))
                        descriptionEditor.visible = false
                }
                Button {
                    visible: descriptionEditor.visible
                    text: qsTr("Abandonner")
                    onClicked: descriptionEditor.visible = false
                }
            }

            // Photos
            SectionHeader {
                text: qsTr("Photos (%1/4)").arg(detail.photos.length)
                Layout.leftMargin: Theme.margin
            }
            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                spacing: Theme.spacing
                Repeater {
                    model: detail.photos
                    delegate: Rectangle {
                        id: thumb
                        required property var modelData
                        required property int index
                        width: 112
                        height: 84
                        color: Theme.background
                        border.color: thumbMouse.containsMouse ? Theme.primary : Theme.border
                        Image {
                            anchors.fill: parent
                            anchors.margins: 1
                            source: thumb.modelData.thumbnail
                            sourceSize: Qt.size(224, 168)
                            fillMode: Image.PreserveAspectCrop
                            asynchronous: false
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("Photo %1").arg(thumb.index + 1)
                        }
                        MouseArea {
                            id: thumbMouse
                            anchors.fill: parent
                            hoverEnabled: true
                            cursorShape: Qt.PointingHandCursor
                            onClicked: root.openPhoto(thumb.index)
                        }
                    }
                }
                Button {
                    text: qsTr("Ajouter une photo…")
                    enabled: root.actionable && detail.photos.length < 4
                    onClicked: photoFileDialog.open()
                }
            }

            // Field teams' interventions: planned days and what the team reported.
            SectionHeader {
                visible: detail.interventions.length > 0
                text: qsTr("Interventions (%1)").arg(detail.interventions.length)
                Layout.leftMargin: Theme.margin
            }
            Repeater {
                model: detail.interventions
                delegate: RowLayout {
                    id: interventionRow
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    spacing: Theme.spacing
                    Badge {
                        Layout.alignment: Qt.AlignTop
                        text: interventionRow.modelData.resultLabel
                        colour: interventionRow.modelData.result === "done" ? Theme.success : interventionRow.modelData.result === "not_done" ? Theme.warning : interventionRow.modelData.result === "impossible" ? Theme.danger : Theme.info
                        filled: interventionRow.modelData.result.length > 0
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        wrapMode: Text.Wrap
                        color: Theme.text
                        text: qsTr("%1 — %2").arg(interventionRow.modelData.day).arg(interventionRow.modelData.team) + (interventionRow.modelData.details.length > 0 ? "\n" + interventionRow.modelData.details : "")
                    }
                    Image {
                        visible: interventionRow.modelData.photo.length > 0
                        source: interventionRow.modelData.photo.length > 0 ? "image://photo/thumb/" + interventionRow.modelData.photo : ""
                        sourceSize: Qt.size(96, 72)
                        Layout.preferredWidth: 96
                        Layout.preferredHeight: 72
                        fillMode: Image.PreserveAspectCrop
                        Accessible.name: qsTr("Photo après intervention")
                        MouseArea {
                            anchors.fill: parent
                            cursorShape: Qt.PointingHandCursor
                            onClicked: {
                                photoDialog.photos = [{ "source": "image://photo/" + interventionRow.modelData.photo }];
                                photoDialog.index = 0;
                                photoDialog.open();
                            }
                        }
                    }
                }
            }

            // Location
            SectionHeader {
                text: qsTr("Lieu")
                Layout.leftMargin: Theme.margin
            }
            GridLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                columns: 2
                columnSpacing: Theme.margin
                Label {
                    text: qsTr("Adresse")
                    color: Theme.textMuted
                }
                Label {
                    Layout.fillWidth: true
                    text: root.t.address || "—"
                    wrapMode: Text.Wrap
                }
                Label {
                    text: qsTr("Quartier")
                    color: Theme.textMuted
                }
                Label {
                    text: (root.t.districtName || "—") + " · " + (root.t.municipalityName || "")
                }
                Label {
                    text: qsTr("Coordonnées")
                    color: Theme.textMuted
                }
                RowLayout {
                    Label {
                        text: root.detail.exists ? Number(root.t.latitude).toFixed(5) + ", " + Number(root.t.longitude).toFixed(5) : ""
                        font.family: "monospace"
                    }
                    Button {
                        flat: true
                        text: qsTr("Corriger…")
                        enabled: root.editable
                        onClicked: root.openLocationDialog()
                    }
                }
            }
            PinMap {
                objectName: "ticketPinMap"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: 170
                visible: root.detail.exists
                latitude: root.detail.exists ? root.t.latitude : NaN
                longitude: root.detail.exists ? root.t.longitude : NaN
            }

            // Assignment
            SectionHeader {
                text: qsTr("Traitement")
                Layout.leftMargin: Theme.margin
            }
            GridLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                columns: 2
                columnSpacing: Theme.margin
                Label {
                    text: qsTr("Catégorie")
                    color: Theme.textMuted
                }
                ComboBox {
                    id: categoryBox
                    Layout.fillWidth: true
                    enabled: root.editable
                    model: Session.categories
                    textRole: "label"
                    valueRole: "code"
                    Accessible.name: qsTr("Catégorie")
                    onActivated: detail.recategorize(categoryBox.currentValue)
                }
                Label {
                    text: qsTr("Service")
                    color: Theme.textMuted
                }
                ComboBox {
                    id: serviceBox
                    Layout.fillWidth: true
                    enabled: root.editable
                    model: [{ "code": "", "name": qsTr("— aucun —") }].concat(Session.services)
                    textRole: "name"
                    valueRole: "code"
                    Accessible.name: qsTr("Service")
                    onActivated: detail.assign(serviceBox.currentValue, null, null)
                }
                Label {
                    text: qsTr("Équipe")
                    color: Theme.textMuted
                }
                ComboBox {
                    id: teamBox
                    Layout.fillWidth: true
                    enabled: root.editable
                    model: [{ "code": "", "name": qsTr("— aucune —") }].concat(Session.teams)
                    textRole: "name"
                    valueRole: "code"
                    Accessible.name: qsTr("Équipe")
                    onActivated: detail.assign(null, teamBox.currentValue, null)
                }
                Label {
                    text: qsTr("Agent")
                    color: Theme.textMuted
                }
                ComboBox {
                    id: agentBox
                    Layout.fillWidth: true
                    enabled: root.editable
                    model: [{ "login": "", "name": qsTr("— personne —") }].concat(Session.agents)
                    textRole: "name"
                    valueRole: "login"
                    Accessible.name: qsTr("Agent affecté")
                    onActivated: detail.assign(null, null, agentBox.currentValue)
                }
                Label {
                    text: qsTr("Routage")
                    color: Theme.textMuted
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Label {
                        objectName: "routingLabel"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1 // wraps in the panel's width instead of widening it
                        text: root.t.routingText || ""
                        wrapMode: Text.Wrap
                    }
                    Button {
                        flat: true
                        text: qsTr("Appliquer les règles")
                        enabled: root.editable && root.t.statusClass === "open"
                        onClicked: detail.reroute()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Affecter selon les règles de routage (catégorie et lieu)")
                    }
                }
                Label {
                    visible: (root.t.forwardedTo || "").length > 0
                    text: qsTr("Transmis à")
                    color: Theme.textMuted
                }
                ColumnLayout {
                    visible: (root.t.forwardedTo || "").length > 0
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: (root.t.forwardedToName || "") + (root.t.forwardStateLabel ? " — " + root.t.forwardStateLabel : "")
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        visible: root.t.status === "forwarded" && root.editable
                        Button {
                            objectName: "forwardAcknowledgedButton"
                            text: qsTr("Pris en charge")
                            enabled: root.t.forwardState !== "acknowledged"
                            onClicked: detail.setForwardState("acknowledged", "")
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("L'autorité a confirmé qu'elle s'en occupe")
                        }
                        Button {
                            objectName: "forwardReturnedButton"
                            text: qsTr("Renvoyé…")
                            onClicked: returnDialog.open()
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("L'autorité renvoie le signalement à la ville : retour au tri")
                        }
                    }
                }
                Label {
                    visible: (root.t.duplicateOf || "").length > 0
                    text: qsTr("Doublon de")
                    color: Theme.textMuted
                }
                Label {
                    visible: (root.t.duplicateOf || "").length > 0
                    text: root.t.duplicateOf || ""
                    font.family: "monospace"
                }
            }

            // Dates
            SectionHeader {
                text: qsTr("Dates")
                Layout.leftMargin: Theme.margin
            }
            GridLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                columns: 2
                columnSpacing: Theme.margin
                Label {
                    text: qsTr("Reçu")
                    color: Theme.textMuted
                }
                Label {
                    text: (root.t.createdText || "") + " · " + (root.t.channelLabel || "")
                }
                Label {
                    text: qsTr("Échéance")
                    color: Theme.textMuted
                }
                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    wrapMode: Text.Wrap
                    text: (root.t.dueText || "—") + (root.t.deadlineRule ? " · " + qsTr("délai : %1").arg(root.t.deadlineRule) : "") + (root.t.deadlineState === "paused" ? " · " + qsTr("suspendu depuis le %1").arg(root.t.pausedText) : "")
                    color: Theme.deadlineColour(root.t.deadlineState || "none")
                }
                Label {
                    text: qsTr("Pris en compte")
                    color: Theme.textMuted
                }
                Label {
                    text: root.t.acknowledgedText || "—"
                }
                Label {
                    text: qsTr("Résolu")
                    color: Theme.textMuted
                }
                Label {
                    text: root.t.resolvedText || "—"
                }
            }

            // Possible duplicates: merge this ticket into one of them.
            SectionHeader {
                visible: detail.duplicates.length > 0
                text: qsTr("Doublons possibles (%1)").arg(detail.duplicates.length)
                Layout.leftMargin: Theme.margin
            }
            Repeater {
                model: detail.duplicates
                delegate: Rectangle {
                    id: duplicateRow
                    required property var modelData
                    objectName: "duplicateRow"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    implicitHeight: duplicateLayout.implicitHeight + 10
                    radius: Theme.radius
                    color: Theme.background
                    border.color: Theme.border
                    RowLayout {
                        id: duplicateLayout
                        anchors.fill: parent
                        anchors.margins: 5
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 1
                            Label {
                                Layout.fillWidth: true
                                text: duplicateRow.modelData.reference + " · " + duplicateRow.modelData.categoryLabel + " · " + duplicateRow.modelData.statusLabel
                                font.bold: true
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("à %1 m · reçu le %2 · %3 % de mots communs").arg(duplicateRow.modelData.distance).arg(duplicateRow.modelData.createdText).arg(duplicateRow.modelData.similarity)
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: duplicateRow.modelData.description
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                        }
                        Button {
                            flat: true
                            text: qsTr("Voir")
                            onClicked: root.openTicket(duplicateRow.modelData.id)
                            Accessible.name: qsTr("Voir %1").arg(duplicateRow.modelData.reference)
                        }
                        Button {
                            objectName: "mergeButton"
                            text: qsTr("Fusionner")
                            enabled: root.editable
                            onClicked: detail.merge(duplicateRow.modelData.id)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Ce signalement devient le doublon de %1 ; son demandeur sera prévenu de la résolution").arg(duplicateRow.modelData.reference)
                            Accessible.name: qsTr("Fusionner avec %1").arg(duplicateRow.modelData.reference)
                        }
                    }
                }
            }

            // Reporter (personal data: not for field teams)
            SectionHeader {
                visible: Session.canSeePersonalData
                text: qsTr("Demandeur")
                Layout.leftMargin: Theme.margin
            }
            Label {
                visible: Session.canSeePersonalData
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: root.t.hasReporter ? [root.t.reporterName, root.t.reporterEmail, root.t.reporterPhone].filter(x => x && x.length > 0).join(" · ")
                                         : qsTr("Anonyme")
            }

            // Messages queued for the reporter
            SectionHeader {
                visible: detail.notifications.length > 0
                text: qsTr("Messages au demandeur (%1)").arg(detail.notifications.length)
                Layout.leftMargin: Theme.margin
            }
            Repeater {
                model: detail.notifications
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    text: qsTr("%1 · %2 · « %3 » · %4").arg(modelData.when).arg(modelData.eventLabel).arg(modelData.subject).arg(modelData.stateLabel)
                }
            }

            // Timeline and comments
            SectionHeader {
                text: qsTr("Historique et échanges")
                Layout.leftMargin: Theme.margin
            }
            TimelineView {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                entries: detail.timeline
            }

            SectionHeader {
                text: qsTr("Ajouter")
                Layout.leftMargin: Theme.margin
            }
            RowLayout {
                Layout.leftMargin: Theme.margin
                RadioButton {
                    id: internalRadio
                    checked: true
                    text: qsTr("Note interne")
                }
                RadioButton {
                    id: publicRadio
                    text: qsTr("Réponse au demandeur")
                    enabled: Session.userRole !== "field"
                }
                ComboBox {
                    id: templateBox
                    visible: publicRadio.checked
                    Layout.preferredWidth: 200
                    model: [{ "title": qsTr("Modèle de réponse…"), "text": "" }].concat(detail.exists ? detail.responseTemplates() : [])
                    textRole: "title"
                    Accessible.name: qsTr("Modèle de réponse")
                    onActivated: index => {
                        if (index > 0)
                            commentField.text = templateBox.model[index].text;
                    }
                    delegate: ItemDelegate {
                        required property var modelData
                        required property int index
                        width: templateBox.width
                        text: modelData.title + (modelData.statusLabel ? " (" + modelData.statusLabel + ")" : "")
                        highlighted: templateBox.highlightedIndex === index
                    }
                }
            }
            TextArea {
                id: commentField
                objectName: "commentField"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Math.max(70, implicitHeight)
                wrapMode: TextEdit.Wrap
                enabled: root.actionable
                placeholderText: publicRadio.checked ? qsTr("Réponse envoyée au demandeur (Ctrl+Entrée pour ajouter)") : qsTr("Note visible des agents seulement (Ctrl+Entrée pour ajouter)")
                Accessible.name: publicRadio.checked ? qsTr("Réponse au demandeur") : qsTr("Note interne")
                background: Rectangle {
                    color: publicRadio.checked ? Theme.publicReply : Theme.internalNote
                    border.color: commentField.activeFocus ? Theme.primary : Theme.border
                    radius: Theme.radius
                }
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                        addButton.clicked();
                        event.accepted = true;
                    }
                }
            }
            Button {
                id: addButton
                Layout.leftMargin: Theme.margin
                Layout.bottomMargin: Theme.margin
                text: publicRadio.checked ? qsTr("Envoyer la réponse") : qsTr("Ajouter la note")
                enabled: root.actionable && commentField.text.trim().length > 0
                onClicked: {
                    const subject = publicRadio.checked && templateBox.currentIndex > 0 ? templateBox.model[templateBox.currentIndex].subject : "";
                    if (detail.addComment(commentField.text, publicRadio.checked, subject)) {
                        commentField.text = "";
                        templateBox.currentIndex = 0;
                    }
                }
            }
        }
    }

    StatusDialog {
        id: statusDialog
        objectName: "statusDialog"
        transitions: detail.transitions
        currentStatusLabel: root.t.statusLabel || ""
        reference: root.t.reference || ""
        onChosen: (code, note, duplicateOf, forwardedTo) => {
            if (detail.setStatus(code, note, duplicateOf, forwardedTo))
                statusDialog.close();
            else
                statusDialog.error = detail.lastError;
        }
    }

    LocationDialog {
        id: locationDialog
        objectName: "locationDialog"
        latitude: root.t.latitude || 0
        longitude: root.t.longitude || 0
        address: root.t.address || ""
        onChosen: (lat, lon, address) => {
            if (detail.moveLocation(lat, lon, address))
                locationDialog.close();
            else
                locationDialog.error = detail.lastError;
        }
    }

    PhotoDialog {
        id: photoDialog
    }

    PlanDialog {
        id: planDialog
        objectName: "planDialog"
        ticketIds: detail.exists ? [root.t.id] : []
        what: root.t.reference || ""
        // The ticket's team, else the first team of its service.
        suggestedTeam: root.t.team || (Session.teams.find(team => team.service === root.t.service) || { "code": "" }).code
        onPlanned: message => root.notice(message)
    }

    Dialog {
        id: returnDialog
        objectName: "returnDialog"
        title: qsTr("%1 renvoyé par %2").arg(root.t.reference || "").arg(root.t.forwardedToName || "")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 460
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: {
            returnReason.text = "";
            returnReason.forceActiveFocus();
        }
        onAccepted: {
            if (!detail.setForwardState("returned", returnReason.text))
                returnDialog.open();
        }
        Component.onCompleted: returnDialog.standardButton(Dialog.Ok).enabled = Qt.binding(() => returnReason.text.trim().length > 0)
        ColumnLayout {
            anchors.fill: parent
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Pourquoi l'autorité renvoie-t-elle ce signalement ? Il revient au tri et son délai reprend.")
            }
            TextArea {
                id: returnReason
                objectName: "returnReason"
                Layout.fillWidth: true
                Layout.preferredHeight: 70
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Motif du renvoi")
            }
            Label {
                Layout.fillWidth: true
                visible: detail.lastError.length > 0
                text: detail.lastError
                color: Theme.danger
                wrapMode: Text.Wrap
            }
        }
    }

    FileDialog {
        id: photoFileDialog
        title: qsTr("Joindre une photo")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: detail.attachPhoto(photoFileDialog.selectedFile)
    }
}
