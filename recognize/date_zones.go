package recognize

import (
	"strings"
	"time"
)

// dwZone is the kind of the first zone of dateZones; zone i has kind
// dwZone+i. A zone word reads as a filler word does, and names the zone
// of the time of day before it.
const dwZone = 200

// dateZone is a time zone that datelines name by its abbreviation, in
// capitals (a word in lower case is another: "et" in French):
// its offset from UTC in minutes, and for the generic names of North
// American zones ("ET", "PT"), which name standard or daylight time by
// the season, usDST.
type dateZone struct {
	names  []string
	offset int
	usDST  bool
}

// dateZones are the zones datelines name. Ambiguous abbreviations ("IST",
// India, Ireland or Israel; "AST") name none and stay filler words.
var dateZones = [...]dateZone{
	{[]string{"gmt", "utc"}, 0, false},
	{[]string{"est"}, -5 * 60, false},
	{[]string{"edt"}, -4 * 60, false},
	{[]string{"cst"}, -6 * 60, false},
	{[]string{"cdt"}, -5 * 60, false},
	{[]string{"mst"}, -7 * 60, false},
	{[]string{"mdt"}, -6 * 60, false},
	{[]string{"pst"}, -8 * 60, false},
	{[]string{"pdt"}, -7 * 60, false},
	{[]string{"et"}, -5 * 60, true},
	{[]string{"ct"}, -6 * 60, true},
	{[]string{"pt"}, -8 * 60, true},
	{[]string{"bst"}, 60, false},
	{[]string{"cet", "mez"}, 60, false},
	{[]string{"cest", "mesz"}, 2 * 60, false},
	{[]string{"eet"}, 2 * 60, false},
	{[]string{"eest"}, 3 * 60, false},
	{[]string{"msk", "мск"}, 3 * 60, false},
	{[]string{"hkt"}, 8 * 60, false},
	{[]string{"sgt"}, 8 * 60, false},
	{[]string{"jst", "kst"}, 9 * 60, false},
	{[]string{"aest"}, 10 * 60, false},
	{[]string{"aedt"}, 11 * 60, false},
}

// zoneLocations holds each zone's location, and for those that follow
// the American seasons, its daylight-time location after the zones.
var zoneLocations = func() (locs [2 * len(dateZones)]*time.Location) {
	for i, z := range dateZones {
		name := strings.ToUpper(z.names[0])
		locs[i] = time.FixedZone(name, z.offset*60)
		if z.usDST {
			locs[len(dateZones)+i] = time.FixedZone(name, (z.offset+60)*60)
		}
	}
	return locs
}()

// zoneLocation returns the location of zone i (of dateZones) on the day
// given: for a generic North American name, daylight time from the
// second Sunday of March to the first Sunday of November.
func zoneLocation(i, year, month, day int) *time.Location {
	if dateZones[i].usDST && usDaylight(year, month, day) {
		return zoneLocations[len(dateZones)+i]
	}
	return zoneLocations[i]
}

// usDaylight reports whether the day falls in North American daylight
// time (the rule since 2007).
func usDaylight(year, month, day int) bool {
	switch {
	case month < 3 || month > 11:
		return false
	case month > 3 && month < 11:
		return true
	case month == 3:
		return day >= nthSunday(year, 3, 2)
	}
	return day < nthSunday(year, 11, 1)
}

// nthSunday returns the day of the month of its nth Sunday.
func nthSunday(year, month, n int) int {
	first := time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC).Weekday()
	return 1 + (7-int(first))%7 + 7*(n-1)
}
