// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <random>

namespace lanterne::demo {

using Rng = std::mt19937_64;

/** French texts of the demo city: citizens' descriptions, streets, fictitious people, comments. */
class DemoText
{
public:
    /** A citizen's description for a category code, 1 to 4 sentences, in French as citizens write. */
    static QString description(const QString &categoryCode, Rng &rng);
    /** Street names ("rue Hoche") of a district of Pantin, or a generic list elsewhere. Never empty. */
    static const QStringList &streets(const QString &municipality, const QString &districtCode);
    /** "12 rue Hoche" / "3 bis avenue Jean-Lolive" / "face au 40 rue X" / "angle rue X et rue Y". */
    static QString address(const QString &municipality, const QString &districtCode, Rng &rng);
    /** Obviously fictitious reporter: real French first name and clearly fake surname. */
    static QString reporterName(Rng &rng);
    /** E-mail derived from the name, ASCII only, always @example.org. */
    static QString reporterEmail(const QString &name, Rng &rng);
    /** French mobile phone in the range reserved for fiction, "06 39 98 xx xx". */
    static QString reporterPhone(Rng &rng);
    /** An agent's internal note for that category and the status the ticket is entering. */
    static QString internalNote(const QString &categoryCode, const QString &statusCode, Rng &rng);
    /** A public reply to the reporter when the ticket enters that status. */
    static QString publicReply(const QString &categoryLabel, const QString &statusCode, Rng &rng);
    /** A short reason for statuses that require one (no_further_action, not_responsible, cancelled, waiting).
     */
    static QString reason(const QString &statusCode, Rng &rng);
};

} // namespace lanterne::demo
