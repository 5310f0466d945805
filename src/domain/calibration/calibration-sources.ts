/**
 * The published material the calibration profiles are rebuilt from. Note: no complete job
 * description of an institution-level role was found (DOMAIN.md §2), so each profile is a
 * composite: its duties follow the grade descriptors and published titles named here, and its
 * answers (grade, line, budget, seats) are what such a post typically holds. None is a copy of
 * one institution's post.
 */
export const CALIBRATION_SOURCES = {
  strathclyde: {
    name: 'University of Strathclyde, Job Level Descriptors: Technical Services Staff, grades 3–8 (2006)',
    url: 'https://studylib.net/doc/18064197/job-level-descriptors---university-of-strathclyde',
  },
  nottingham: {
    name: 'University of Nottingham, Technical Services Job Family, levels 1–6 (2011)',
    url: 'https://studylib.net/doc/18743282/technical-services-job-family',
  },
  edinburgh: {
    name: 'University of Edinburgh, Grade Profiles: technical services, grades 3–10',
    url: 'https://vdocuments.us/university-of-edinburgh-grade-profiles-ucu.html',
  },
  surrey: {
    name: 'University of Surrey, Job Families Booklet (technical and managerial families)',
    url: 'https://docplayer.net/17511576-Job-families-booklet-human-resources-university-of-surrey.html',
  },
  labManager: {
    name: 'Laboratory Manager class specification (State Universities Civil Service System, Illinois): what a laboratory manager does',
    url: 'https://www.sucss.illinois.gov/pages/classspec/ViewSpec.aspx?tblCS_SeriesID=115',
  },
  wonkhe: {
    name: 'Harris and Noke, “We need strategic technical leaders”, Wonkhe',
    url: 'https://wonkhe.com/?p=167476',
  },
  nottinghamStrategy: {
    name: 'University of Nottingham: technical leaders brought into strategic planning early (“Technical professionals can offer more than support”)',
    url: 'https://blog.college-counseling.com/category/technicians',
  },
  titles: {
    name: 'Titles seen in the sector (DOMAIN.md §2): University Director of Technical Strategy; Director of Research Technology and Technical Strategy; Strategic Scientific Technical Lead; Head of Technical Services Development and Strategy; Head of Technical Operations; Faculty Technical Resources Manager',
    url: '',
  },
  report: {
    name: 'The definition’s report and the UK ITSS Executive Programme in Strategic Technical Leadership (DOMAIN.md §1, §4)',
    url: '',
  },
} as const;

export type CalibrationSource = keyof typeof CALIBRATION_SOURCES;
