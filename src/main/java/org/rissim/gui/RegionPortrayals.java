package org.rissim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.simple.LabelledPortrayal2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.portrayal.simple.ShapePortrayal2D;

/** How the region view draws states, bodies, memberships and operations. */
final class RegionPortrayals {
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private RegionPortrayals() {}

  /** States: circles, area proportional to power, coloured by belief, ringed when in crisis. */
  static SimplePortrayal2D state(RegionField field) {
    return labelled(new StatePortrayal(field.maxPower()));
  }

  /** Bodies: diamonds (regional) or squares (global), labelled. */
  static SimplePortrayal2D body() {
    return labelled(new BodyPortrayal());
  }

  /** Thin grey lines from a body to its members. */
  static SimpleEdgePortrayal2D membership() {
    SimpleEdgePortrayal2D p = new SimpleEdgePortrayal2D(Palette.MEMBERSHIP, Palette.MEMBERSHIP,
        null);
    p.setShape(SimpleEdgePortrayal2D.SHAPE_THIN_LINE);
    return p;
  }

  /** Wedges narrowing from the acting state or body to the host of an active operation. */
  static SimpleEdgePortrayal2D operation() {
    SimpleEdgePortrayal2D p = new SimpleEdgePortrayal2D(Palette.OPERATION, Palette.OPERATION,
        null);
    p.setShape(SimpleEdgePortrayal2D.SHAPE_TRIANGLE);
    p.setBaseWidth(6);
    p.setScaling(SimpleEdgePortrayal2D.NEVER_SCALE);
    return p;
  }

  private static SimplePortrayal2D labelled(SimplePortrayal2D child) {
    // null label: LabelledPortrayal2D prints the object's toString(), the id.
    return new LabelledPortrayal2D(child, 1.5, 2.5, 2, 4, LABEL_FONT,
        LabelledPortrayal2D.ALIGN_LEFT, null, Color.DARK_GRAY, false);
  }

  /** A state node. */
  private static final class StatePortrayal extends OvalPortrayal2D {
    private static final long serialVersionUID = 1L;
    private final double maxPower;

    StatePortrayal(double maxPower) {
      this.maxPower = maxPower;
    }

    private void configure(Object object) {
      StateView v = (StateView) object;
      // Area proportional to power, with a floor so small states stay clickable.
      scale = 1.2 + 4.5 * Math.sqrt(v.getPower() / maxPower);
      paint = Palette.belief(v.shownBelief());
      filled = true;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
      configure(object);
      super.draw(object, graphics, info);
      double w = info.draw.width * scale;
      graphics.setStroke(new BasicStroke(1f));
      graphics.setPaint(Color.DARK_GRAY);
      graphics.draw(new Ellipse2D.Double(info.draw.x - w / 2, info.draw.y - w / 2, w, w));
      if (((StateView) object).activeCrisis() != null) {
        double ring = w + 10;
        graphics.setStroke(new BasicStroke(3f));
        graphics.setPaint(Palette.CRISIS);
        graphics.draw(new Ellipse2D.Double(info.draw.x - ring / 2, info.draw.y - ring / 2, ring,
            ring));
      }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
      configure(object);
      return super.hitObject(object, range);
    }
  }

  /** A body node: the shape by level. */
  private static final class BodyPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private final ShapePortrayal2D regional = new ShapePortrayal2D(
        ShapePortrayal2D.X_POINTS_DIAMOND, ShapePortrayal2D.Y_POINTS_DIAMOND, Palette.BODY, 4.5);
    private final ShapePortrayal2D global = new ShapePortrayal2D(
        ShapePortrayal2D.X_POINTS_SQUARE, ShapePortrayal2D.Y_POINTS_SQUARE, Palette.BODY, 4.0);

    private ShapePortrayal2D shape(Object object) {
      return "REGIONAL".equals(((BodyView) object).getLevel()) ? regional : global;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
      shape(object).draw(object, graphics, info);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
      return shape(object).hitObject(object, range);
    }
  }
}
