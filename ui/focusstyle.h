#pragma once

#include <QProxyStyle>

// The application's style with a focus ring a keyboard user can see: a two-pixel frame in the
// palette's highlight colour around the focused button, field or tab, light and dark alike.
class FocusStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit FocusStyle(QStyle *base = nullptr);

    // Wraps the application's current style once; later calls do nothing.
    static void install();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
};
