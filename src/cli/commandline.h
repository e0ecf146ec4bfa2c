// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lanterne::cli {

/**
 * `lanternectl [GLOBAL OPTIONS] COMMAND [SUBCOMMAND] [OPTIONS] [ARGS]`, with global options
 * accepted anywhere, `--name value` and `--name=value`, and `--` ending the options.
 */
class CommandLine
{
public:
    /** Options taking a value, and flags, known to the command being parsed (globals included). */
    struct Spec
    {
        QSet<QString> valued;
        QSet<QString> flags;
    };

    /** Splits @p args (without the program name) into words (command path and arguments) and options. */
    bool parse(const QStringList &args, const Spec &spec);

    [[nodiscard]] const QStringList &words() const { return m_words; }
    [[nodiscard]] bool has(const QString &name) const { return m_options.contains(name); }
    [[nodiscard]] QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_options.value(name, fallback);
    }
    [[nodiscard]] QString error() const { return m_error; }
    /** The options given that are not in @p allowed. */
    [[nodiscard]] QStringList unknownAmong(const QSet<QString> &allowed) const;

    /** The global options and every command's options: the first pass only separates words. */
    [[nodiscard]] static Spec globalSpec();

private:
    QStringList m_words;
    QHash<QString, QString> m_options;
    QString m_error;
};

} // namespace lanterne::cli
