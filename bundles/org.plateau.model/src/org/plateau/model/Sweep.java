/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A parameter sweep: copies of a base experiment with some of its attributes set to other values, each copy (a point) run on its own, their results gathered into one summary. The points are the grid of the axes' values, or random draws from them; each point is run repetitions times with derived seeds (the base experiment's seed plus the repetition's index).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.Sweep#getName <em>Name</em>}</li>
 *   <li>{@link org.plateau.model.Sweep#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.plateau.model.Sweep#getBase <em>Base</em>}</li>
 *   <li>{@link org.plateau.model.Sweep#getAxes <em>Axes</em>}</li>
 *   <li>{@link org.plateau.model.Sweep#getSampling <em>Sampling</em>}</li>
 *   <li>{@link org.plateau.model.Sweep#getSamples <em>Samples</em>}</li>
 *   <li>{@link org.plateau.model.Sweep#getRepetitions <em>Repetitions</em>}</li>
 *   <li>{@link org.plateau.model.Sweep#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @see org.plateau.model.PlateauPackage#getSweep()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasBaseAndAxes samplesPositive repetitionsPositive axesDistinct textsStorable'"
 * @generated
 */
public interface Sweep extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the sweep, used for its results folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.plateau.model.PlateauPackage#getSweep_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.plateau.model.Sweep#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text: what the sweep is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.plateau.model.PlateauPackage#getSweep_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.plateau.model.Sweep#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The experiment every point starts from, usually in another file next to the sweep's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base</em>' reference.
	 * @see #setBase(Experiment)
	 * @see org.plateau.model.PlateauPackage#getSweep_Base()
	 * @model
	 * @generated
	 */
	Experiment getBase();

	/**
	 * Sets the value of the '{@link org.plateau.model.Sweep#getBase <em>Base</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' reference.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(Experiment value);

	/**
	 * Returns the value of the '<em><b>Axes</b></em>' containment reference list.
	 * The list contents are of type {@link org.plateau.model.SweepAxis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The swept attributes and their values; the first is the x axis of the summary plots.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Axes</em>' containment reference list.
	 * @see org.plateau.model.PlateauPackage#getSweep_Axes()
	 * @model containment="true"
	 * @generated
	 */
	EList<SweepAxis> getAxes();

	/**
	 * Returns the value of the '<em><b>Sampling</b></em>' attribute.
	 * The default value is <code>"GRID"</code>.
	 * The literals are from the enumeration {@link org.plateau.model.SweepSampling}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How points are made from the axes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sampling</em>' attribute.
	 * @see org.plateau.model.SweepSampling
	 * @see #setSampling(SweepSampling)
	 * @see org.plateau.model.PlateauPackage#getSweep_Sampling()
	 * @model default="GRID"
	 * @generated
	 */
	SweepSampling getSampling();

	/**
	 * Sets the value of the '{@link org.plateau.model.Sweep#getSampling <em>Sampling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sampling</em>' attribute.
	 * @see org.plateau.model.SweepSampling
	 * @see #getSampling()
	 * @generated
	 */
	void setSampling(SweepSampling value);

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of random points (random sampling only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Samples</em>' attribute.
	 * @see #setSamples(int)
	 * @see org.plateau.model.PlateauPackage#getSweep_Samples()
	 * @model default="10"
	 * @generated
	 */
	int getSamples();

	/**
	 * Sets the value of the '{@link org.plateau.model.Sweep#getSamples <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Samples</em>' attribute.
	 * @see #getSamples()
	 * @generated
	 */
	void setSamples(int value);

	/**
	 * Returns the value of the '<em><b>Repetitions</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs per point, with seeds base seed + 0, 1, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repetitions</em>' attribute.
	 * @see #setRepetitions(int)
	 * @see org.plateau.model.PlateauPackage#getSweep_Repetitions()
	 * @model default="1"
	 * @generated
	 */
	int getRepetitions();

	/**
	 * Sets the value of the '{@link org.plateau.model.Sweep#getRepetitions <em>Repetitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repetitions</em>' attribute.
	 * @see #getRepetitions()
	 * @generated
	 */
	void setRepetitions(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed of the random sampling of points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.plateau.model.PlateauPackage#getSweep_Seed()
	 * @model default="1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.plateau.model.Sweep#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

} // Sweep
