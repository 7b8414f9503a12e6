#pragma once

#include <QApplication>
#include <QDialog>
#include <QInputDialog>
#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <utility>

namespace fraudlens::testing {

// Answers the modal dialogs a click opens, in order, as the user would: a text given to an
// input dialog, a message box read and closed, a dialog cancelled. Anything else is
// recorded and dismissed, so that a surprise fails the test instead of hanging it.
class DialogAnswers : public QObject {
public:
    enum class Answer { GiveText, Acknowledge, Cancel };

    DialogAnswers(QString text, QList<Answer> answers) : m_text(std::move(text)), m_answers(std::move(answers))
    {
        m_poll.setInterval(10);
        connect(&m_poll, &QTimer::timeout, this, &DialogAnswers::answer);
        m_poll.start();
    }

    // Every planned answer was given.
    bool finished() const { return m_answers.isEmpty(); }

    QStringList messages;   // the text of each message box acknowledged
    QStringList unexpected; // what came that was not planned

private:
    static constexpr const char* kAnsweredProperty = "dialogAnswersAnswered";

    void answer()
    {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            // Modal only: a dialog shown without blocking (a wizard under test) is not asking.
            auto* dialog = qobject_cast<QDialog*>(window);
            if (!dialog || !dialog->isVisible() || !dialog->isModal() || dialog->property(kAnsweredProperty).toBool())
                continue;
            dialog->setProperty(kAnsweredProperty, true);
            const bool planned = !m_answers.isEmpty();
            const Answer next = planned ? m_answers.takeFirst() : Answer::Cancel;
            if (auto* input = qobject_cast<QInputDialog*>(dialog); input && next == Answer::GiveText) {
                input->setTextValue(m_text);
                if (input->textValue() != m_text)
                    unexpected << QStringLiteral("the input dialog holds other text");
                input->accept();
            } else if (auto* box = qobject_cast<QMessageBox*>(dialog); box && next == Answer::Acknowledge) {
                messages << box->text();
                box->accept();
            } else {
                if (!planned || next != Answer::Cancel)
                    unexpected << QStringLiteral("%1: %2").arg(QString::fromLatin1(dialog->metaObject()->className()),
                                                              dialog->windowTitle());
                dialog->reject();
            }
        }
    }

    QString m_text;
    QList<Answer> m_answers;
    QTimer m_poll;
};

} // namespace fraudlens::testing
