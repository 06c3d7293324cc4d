package vn.haiphong.showcase.vr360;

import java.awt.Color;

/** A hall's shape and colours (metres, sRGB). */
public record Hall(double width, double depth, double height, Color walls, Color floor, Color ceiling, Color accent) {
}
