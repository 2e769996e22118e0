/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.plateau.model.Architecture;
import org.plateau.model.Experiment;
import org.plateau.model.Initialisation;
import org.plateau.model.PlateauPackage;
import org.plateau.model.Run;
import org.plateau.model.Task;
import org.plateau.model.TheorySelection;
import org.plateau.model.Training;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.impl.ExperimentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.plateau.model.impl.ExperimentImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.plateau.model.impl.ExperimentImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.plateau.model.impl.ExperimentImpl#getTask <em>Task</em>}</li>
 *   <li>{@link org.plateau.model.impl.ExperimentImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.plateau.model.impl.ExperimentImpl#getInitialisation <em>Initialisation</em>}</li>
 *   <li>{@link org.plateau.model.impl.ExperimentImpl#getTraining <em>Training</em>}</li>
 *   <li>{@link org.plateau.model.impl.ExperimentImpl#getTheory <em>Theory</em>}</li>
 *   <li>{@link org.plateau.model.impl.ExperimentImpl#getRuns <em>Runs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExperimentImpl extends MinimalEObjectImpl.Container implements Experiment {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTask() <em>Task</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTask()
	 * @generated
	 * @ordered
	 */
	protected Task task;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected Architecture architecture;

	/**
	 * The cached value of the '{@link #getInitialisation() <em>Initialisation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialisation()
	 * @generated
	 * @ordered
	 */
	protected Initialisation initialisation;

	/**
	 * The cached value of the '{@link #getTraining() <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraining()
	 * @generated
	 * @ordered
	 */
	protected Training training;

	/**
	 * The cached value of the '{@link #getTheory() <em>Theory</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheory()
	 * @generated
	 * @ordered
	 */
	protected TheorySelection theory;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<Run> runs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlateauPackage.Literals.EXPERIMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.EXPERIMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.EXPERIMENT__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.EXPERIMENT__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Task getTask() {
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTask(Task newTask, NotificationChain msgs) {
		Task oldTask = task;
		task = newTask;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlateauPackage.EXPERIMENT__TASK, oldTask, newTask);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTask(Task newTask) {
		if (newTask != task) {
			NotificationChain msgs = null;
			if (task != null)
				msgs = ((InternalEObject)task).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlateauPackage.EXPERIMENT__TASK, null, msgs);
			if (newTask != null)
				msgs = ((InternalEObject)newTask).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlateauPackage.EXPERIMENT__TASK, null, msgs);
			msgs = basicSetTask(newTask, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.EXPERIMENT__TASK, newTask, newTask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Architecture getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetArchitecture(Architecture newArchitecture, NotificationChain msgs) {
		Architecture oldArchitecture = architecture;
		architecture = newArchitecture;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlateauPackage.EXPERIMENT__ARCHITECTURE, oldArchitecture, newArchitecture);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(Architecture newArchitecture) {
		if (newArchitecture != architecture) {
			NotificationChain msgs = null;
			if (architecture != null)
				msgs = ((InternalEObject)architecture).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlateauPackage.EXPERIMENT__ARCHITECTURE, null, msgs);
			if (newArchitecture != null)
				msgs = ((InternalEObject)newArchitecture).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlateauPackage.EXPERIMENT__ARCHITECTURE, null, msgs);
			msgs = basicSetArchitecture(newArchitecture, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.EXPERIMENT__ARCHITECTURE, newArchitecture, newArchitecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Initialisation getInitialisation() {
		return initialisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInitialisation(Initialisation newInitialisation, NotificationChain msgs) {
		Initialisation oldInitialisation = initialisation;
		initialisation = newInitialisation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlateauPackage.EXPERIMENT__INITIALISATION, oldInitialisation, newInitialisation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialisation(Initialisation newInitialisation) {
		if (newInitialisation != initialisation) {
			NotificationChain msgs = null;
			if (initialisation != null)
				msgs = ((InternalEObject)initialisation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlateauPackage.EXPERIMENT__INITIALISATION, null, msgs);
			if (newInitialisation != null)
				msgs = ((InternalEObject)newInitialisation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlateauPackage.EXPERIMENT__INITIALISATION, null, msgs);
			msgs = basicSetInitialisation(newInitialisation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.EXPERIMENT__INITIALISATION, newInitialisation, newInitialisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Training getTraining() {
		return training;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTraining(Training newTraining, NotificationChain msgs) {
		Training oldTraining = training;
		training = newTraining;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlateauPackage.EXPERIMENT__TRAINING, oldTraining, newTraining);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTraining(Training newTraining) {
		if (newTraining != training) {
			NotificationChain msgs = null;
			if (training != null)
				msgs = ((InternalEObject)training).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlateauPackage.EXPERIMENT__TRAINING, null, msgs);
			if (newTraining != null)
				msgs = ((InternalEObject)newTraining).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlateauPackage.EXPERIMENT__TRAINING, null, msgs);
			msgs = basicSetTraining(newTraining, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.EXPERIMENT__TRAINING, newTraining, newTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TheorySelection getTheory() {
		return theory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTheory(TheorySelection newTheory, NotificationChain msgs) {
		TheorySelection oldTheory = theory;
		theory = newTheory;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlateauPackage.EXPERIMENT__THEORY, oldTheory, newTheory);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheory(TheorySelection newTheory) {
		if (newTheory != theory) {
			NotificationChain msgs = null;
			if (theory != null)
				msgs = ((InternalEObject)theory).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlateauPackage.EXPERIMENT__THEORY, null, msgs);
			if (newTheory != null)
				msgs = ((InternalEObject)newTheory).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlateauPackage.EXPERIMENT__THEORY, null, msgs);
			msgs = basicSetTheory(newTheory, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.EXPERIMENT__THEORY, newTheory, newTheory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Run> getRuns() {
		if (runs == null) {
			runs = new EObjectContainmentEList<Run>(Run.class, this, PlateauPackage.EXPERIMENT__RUNS);
		}
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlateauPackage.EXPERIMENT__TASK:
				return basicSetTask(null, msgs);
			case PlateauPackage.EXPERIMENT__ARCHITECTURE:
				return basicSetArchitecture(null, msgs);
			case PlateauPackage.EXPERIMENT__INITIALISATION:
				return basicSetInitialisation(null, msgs);
			case PlateauPackage.EXPERIMENT__TRAINING:
				return basicSetTraining(null, msgs);
			case PlateauPackage.EXPERIMENT__THEORY:
				return basicSetTheory(null, msgs);
			case PlateauPackage.EXPERIMENT__RUNS:
				return ((InternalEList<?>)getRuns()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlateauPackage.EXPERIMENT__NAME:
				return getName();
			case PlateauPackage.EXPERIMENT__NOTES:
				return getNotes();
			case PlateauPackage.EXPERIMENT__SEED:
				return getSeed();
			case PlateauPackage.EXPERIMENT__TASK:
				return getTask();
			case PlateauPackage.EXPERIMENT__ARCHITECTURE:
				return getArchitecture();
			case PlateauPackage.EXPERIMENT__INITIALISATION:
				return getInitialisation();
			case PlateauPackage.EXPERIMENT__TRAINING:
				return getTraining();
			case PlateauPackage.EXPERIMENT__THEORY:
				return getTheory();
			case PlateauPackage.EXPERIMENT__RUNS:
				return getRuns();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlateauPackage.EXPERIMENT__NAME:
				setName((String)newValue);
				return;
			case PlateauPackage.EXPERIMENT__NOTES:
				setNotes((String)newValue);
				return;
			case PlateauPackage.EXPERIMENT__SEED:
				setSeed((Long)newValue);
				return;
			case PlateauPackage.EXPERIMENT__TASK:
				setTask((Task)newValue);
				return;
			case PlateauPackage.EXPERIMENT__ARCHITECTURE:
				setArchitecture((Architecture)newValue);
				return;
			case PlateauPackage.EXPERIMENT__INITIALISATION:
				setInitialisation((Initialisation)newValue);
				return;
			case PlateauPackage.EXPERIMENT__TRAINING:
				setTraining((Training)newValue);
				return;
			case PlateauPackage.EXPERIMENT__THEORY:
				setTheory((TheorySelection)newValue);
				return;
			case PlateauPackage.EXPERIMENT__RUNS:
				getRuns().clear();
				getRuns().addAll((Collection<? extends Run>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PlateauPackage.EXPERIMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PlateauPackage.EXPERIMENT__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case PlateauPackage.EXPERIMENT__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case PlateauPackage.EXPERIMENT__TASK:
				setTask((Task)null);
				return;
			case PlateauPackage.EXPERIMENT__ARCHITECTURE:
				setArchitecture((Architecture)null);
				return;
			case PlateauPackage.EXPERIMENT__INITIALISATION:
				setInitialisation((Initialisation)null);
				return;
			case PlateauPackage.EXPERIMENT__TRAINING:
				setTraining((Training)null);
				return;
			case PlateauPackage.EXPERIMENT__THEORY:
				setTheory((TheorySelection)null);
				return;
			case PlateauPackage.EXPERIMENT__RUNS:
				getRuns().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PlateauPackage.EXPERIMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PlateauPackage.EXPERIMENT__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case PlateauPackage.EXPERIMENT__SEED:
				return seed != SEED_EDEFAULT;
			case PlateauPackage.EXPERIMENT__TASK:
				return task != null;
			case PlateauPackage.EXPERIMENT__ARCHITECTURE:
				return architecture != null;
			case PlateauPackage.EXPERIMENT__INITIALISATION:
				return initialisation != null;
			case PlateauPackage.EXPERIMENT__TRAINING:
				return training != null;
			case PlateauPackage.EXPERIMENT__THEORY:
				return theory != null;
			case PlateauPackage.EXPERIMENT__RUNS:
				return runs != null && !runs.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", notes: ");
		result.append(notes);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //ExperimentImpl
