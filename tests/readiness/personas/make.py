"""Builds the six readiness personas from the thorough example, one change set each.
Written (with EXPECTED.md) before any calibration of the pack; rerun to regenerate."""
import copy, json, pathlib

here = pathlib.Path(__file__).parent
base = json.loads((here / '../../../examples/thorough-manager.json').read_text())

def r2(c):
    return next(i for i in c['interviews'] if i['round'] == 2)

def iv(c, ident):
    return next(p for p in r2(c)['interviewers'] if p['id'] == ident)

out = {}

# 1. Coached between rounds: round two has no date yet; everything that can be done is done.
c = copy.deepcopy(base)
c['candidate']['name'] = 'Ifeoma Adeyemi'
del r2(c)['scheduledAt']; del r2(c)['durationMinutes']; del r2(c)['decisionExpectedBy']
for k in ['checklistRunAt', 'setupTestedAt', 'platformTestedAt', 'thankYouDraftedAt']:
    del c['prep'][k]
c['prep']['formatPrep']['conversation']['practicedAt'] = '2027-03-01T08:30:00-05:00'
c['prep']['formatPrep']['presentation']['practicedAt'] = '2027-03-01T17:00:00-05:00'
c['prep']['roundOneNotesReviewedAt'] = '2027-03-01T20:00:00-05:00'
for rh, at in zip(r2(c)['presentation']['rehearsals'], ['2027-02-28T11:00:00-05:00', '2027-03-01T17:00:00-05:00']):
    rh['at'] = at
c['pipeline']['otherProcesses'][0]['lastActivityAt'] = '2027-02-27'
out['undated-round-two.json'] = (c, '2027-03-02T12:00:00-05:00')

# 2. The evening before: day-of steps (platform warm-up, checklist, thank-you) not yet done.
c = copy.deepcopy(base)
c['candidate']['name'] = 'Lukas Brandt'
for k in ['checklistRunAt', 'platformTestedAt', 'thankYouDraftedAt']:
    del c['prep'][k]
c['prep']['formatPrep']['conversation']['practicedAt'] = '2027-03-08T20:30:00-05:00'
out['eve-of-round.json'] = (c, '2027-03-08T21:00:00-05:00')

# 3. Over-prepared: three references per interviewer and three revisits (early, real answers).
c = copy.deepcopy(base)
c['candidate']['name'] = 'Rosa Lindqvist'
for p in r2(c)['interviewers']:
    res = p['research']
    res['plannedReferences'] = res['plannedReferences'] + [
        'Mention that I saw where they went to university',
        'Bring up the conference they spoke at in 2019',
    ]
c['concerns'] += [
    {'id': 'scale-answer', 'raisedInRound': 1, 'raisedBy': 'dana-whitfield',
     'topic': 'Whether I have run billing at their transaction volume.',
     'plan': {'action': 'revisit', 'timing': 'early', 'improvedAnswer':
              'You asked whether I have run billing at your volume. At Corbel we processed 1.2 million invoices a month at peak, and the ledger I built was load-tested at three times that.'}},
    {'id': 'hiring-answer', 'raisedInRound': 1, 'raisedBy': 'jordan-ellis',
     'topic': 'How many engineers I have hired.',
     'plan': {'action': 'revisit', 'timing': 'early', 'improvedAnswer':
              'I undersold my hiring last time: I hired nine engineers in two years, and seven of them are still at Corbel.'}},
]
out['over-prepared.json'] = (c, '2027-03-09T12:00:00-05:00')

# 4. Moving countries: a genuine yes to relocation and a 13-week notice she will state up front.
c = copy.deepcopy(base)
c['candidate']['name'] = 'Saoirse Kavanagh'
c['compensation']['relocation'] = 'yes'
c['compensation']['noticePeriodWeeks'] = 13
c['compensation']['earliestStart'] = '2027-06-14'
out['relocating-long-notice.json'] = (c, '2027-03-09T12:00:00-05:00')

# 5. Idle pipeline and number words: the only other process is paused, another idle for half a year;
#    the project stories give their figures in words.
c = copy.deepcopy(base)
c['candidate']['name'] = 'Henrik Dahl'
c['pipeline']['otherProcesses'] = [
    {'company': 'Quillstone Analytics', 'stage': 'on hold until Q3'},
    {'company': 'Marlow Freight', 'stage': 'round 2', 'lastActivityAt': '2026-09-01'},
]
story = next(s for s in c['stories'] if s['id'] == 'growing-tech-leads')
story['tellings'][1]['facts'] = []
story['tellings'][1]['text'] = story['tellings'][1]['text'].replace('the three teams', 'three teams')
out['idle-pipeline.json'] = (c, '2027-03-09T12:00:00-05:00')

# 6. Restated revisit, pay at zero and news for the wrong person: a VP (listed as hiring manager)
#    and a director listed as senior leadership; company news noted for the director only.
c = copy.deepcopy(base)
c['candidate']['name'] = 'Graham Achebe'
dana = iv(c, 'dana-whitfield'); dana['title'] = 'VP Engineering, Revenue Systems'
mir = iv(c, 'miriam-castellanos'); mir['title'] = 'Director of Platform Strategy'
c['concerns'][0]['plan']['improvedAnswer'] = (
    'A longer version of what I said last time about handling an underperforming senior engineer: '
    'I would handle the underperforming senior engineer with a generic approach.')
c['compensation'] = {'range': {'min': 230000, 'max': 230000, 'currency': 'USD', 'basis': 'base'},
                     'researched': False, 'discloseCurrentSalary': True,
                     'noticePeriodWeeks': 2, 'earliestStart': '2027-04-05', 'workMode': 'hybrid'}
c['prep']['outcomePlans'] = {'ifRejected': c['prep']['outcomePlans']['ifRejected']}
out['restated-and-unpaid.json'] = (c, '2027-03-09T12:00:00-05:00')

index = {}
for name, (cand, now) in out.items():
    (here / name).write_text(json.dumps(cand, indent=2, ensure_ascii=False) + '\n')
    index[name] = now
(here / 'now.json').write_text(json.dumps(index, indent=2) + '\n')
