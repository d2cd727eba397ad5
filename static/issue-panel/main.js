// Placeholder until the UI issue builds this panel: it says what the panel will show, calls nothing.
const root = document.getElementById('jalon');
const title = document.createElement('h1');
title.textContent = 'Délais contractuels';
const text = document.createElement('p');
text.textContent =
  'Ce panneau n’est pas encore disponible. Il montrera, pour chaque délai du contrat qui ' +
  's’applique à ce ticket : son état, le temps ouvré écoulé et restant, l’échéance, et la ' +
  'chronologie qui l’explique (décompte, pauses en attente de l’administration, heures non ' +
  'ouvrées, jours fériés, fermetures).';
root.append(title, text);
