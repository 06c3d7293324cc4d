package vn.haiphong.showcase.vr360;

/** A direction seen from the camera, in Photo Sphere Viewer's convention (radians). */
public record Direction(double yaw, double pitch) {
}
