package org.rissim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rissim.observe.Event;

class EventLogTest {
  @Test
  void describeGivesMonthTypeAndFieldsButNotProfilesOrNulls() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("body", "CSTO");
    f.put("founder", "RUS");
    f.put("members", List.of("RUS", "ARM"));
    f.put("frustration", 1.23456);
    f.put("charter.consent", 0.4);
    f.put("profile.consent", 0.4);
    f.put("leader", null);
    Event e = new Event(3, YearMonth.of(2002, 5), "founding", f);
    assertEquals("2002-05 founding         body=CSTO founder=RUS members=[RUS,ARM] frustration=1.23",
        EventLog.describe(e));
  }
}
